import { useMutation } from '@apollo/client/react';
import { toApiError } from '../../../ui/api-errors';
import { evictAccountLists, evictAccountTimeline } from '../cache';
import { CREATE_ACCOUNT, DELETE_ACCOUNT, UPDATE_ACCOUNT } from '../graphql/accounts';
import type { AccountDetails, AccountFieldsInput } from '../graphql/types';

/** Resolves with the new account's id; rejects with an ApiError. */
export function useCreateAccount() {
  const [mutate] = useMutation(CREATE_ACCOUNT, { update: (cache) => evictAccountLists(cache) });
  return async (input: AccountFieldsInput): Promise<string> => {
    try {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('createAccount returned no data');
      return data.createAccount.account.id;
    } catch (error) {
      throw toApiError(error);
    }
  };
}

/**
 * Saves changes against the version the user was editing; the server answers CONFLICT /
 * STALE_VERSION if someone saved in between. Rejects with an ApiError.
 */
export function useUpdateAccount() {
  const [mutate] = useMutation(UPDATE_ACCOUNT);
  return async (account: AccountDetails, changes: AccountFieldsInput): Promise<void> => {
    try {
      await mutate({
        variables: { input: { ...changes, id: account.id, expectedVersion: account.version } },
        update(cache) {
          evictAccountTimeline(cache, account.id);
          evictAccountLists(cache);
        },
      });
    } catch (error) {
      throw toApiError(error);
    }
  };
}

export function useDeleteAccount() {
  const [mutate, { loading }] = useMutation(DELETE_ACCOUNT);
  const deleteAccount = async (account: AccountDetails): Promise<void> => {
    try {
      await mutate({
        variables: { input: { id: account.id, expectedVersion: account.version } },
        update(cache) {
          cache.evict({ id: cache.identify({ __typename: 'Account', id: account.id }) });
          evictAccountLists(cache);
        },
      });
    } catch (error) {
      throw toApiError(error);
    }
  };
  return { deleteAccount, deleting: loading };
}
