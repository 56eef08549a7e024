import type { ApolloCache } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { toApiError } from '../../../ui/api-errors';
import { postFile } from '../../../ui/upload';
import { evictAccountTimeline } from '../cache';
import { ACCOUNT_CONTRACTS, CREATE_CONTRACT, DELETE_CONTRACT, UPDATE_CONTRACT } from '../graphql/related';
import type { Contract, ContractFieldsInput } from '../graphql/types';

export function useContracts(accountId: string) {
  const { data, loading, error, refetch } = useQuery(ACCOUNT_CONTRACTS, { variables: { id: accountId } });
  return {
    contracts: data?.account.contracts ?? [],
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch(),
  };
}

/** Creates (contract null) or updates a contract; the server orders the list, so it is refetched. */
export function useSaveContract(accountId: string) {
  const options = {
    refetchQueries: [{ query: ACCOUNT_CONTRACTS, variables: { id: accountId } }],
    awaitRefetchQueries: true,
    update: (cache: ApolloCache) => evictAccountTimeline(cache, accountId),
  };
  const [create, { loading: creating }] = useMutation(CREATE_CONTRACT, options);
  const [update, { loading: updating }] = useMutation(UPDATE_CONTRACT, options);
  const save = async (contract: Contract | null, input: ContractFieldsInput): Promise<void> => {
    try {
      if (contract) await update({ variables: { input: { ...input, id: contract.id, expectedVersion: contract.version } } });
      else await create({ variables: { input: { ...input, accountId } } });
    } catch (error) {
      throw toApiError(error);
    }
  };
  return { save, saving: creating || updating };
}

export function useDeleteContract(accountId: string) {
  const [mutate] = useMutation(DELETE_CONTRACT, {
    update(cache, { data }) {
      if (!data) return;
      cache.evict({ id: cache.identify({ __typename: 'Contract', id: data.deleteContract.id }) });
      evictAccountTimeline(cache, accountId);
      cache.gc();
    },
  });
  return async (contract: Contract): Promise<void> => {
    try {
      await mutate({ variables: { input: { id: contract.id } } });
    } catch (error) {
      throw toApiError(error);
    }
  };
}

/**
 * The signed copy goes through REST (multipart); the list is then fetched again, since attaching
 * it changes the contract (and replaces an earlier copy). Rejects with UploadError.
 */
export function useUploadContractFile(accountId: string) {
  const client = useApolloClient();
  const [uploadingId, setUploadingId] = useState<string | null>(null);
  const upload = async (contract: Contract, file: File): Promise<void> => {
    setUploadingId(contract.id);
    try {
      await postFile(`/api/contracts/${encodeURIComponent(contract.id)}/file`, file);
      evictAccountTimeline(client.cache, accountId);
      await client.refetchQueries({ include: [ACCOUNT_CONTRACTS] });
    } finally {
      setUploadingId(null);
    }
  };
  return { upload, uploadingId };
}
