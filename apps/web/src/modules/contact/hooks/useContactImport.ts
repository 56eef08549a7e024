import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { toApiError } from '../../../ui/api-errors';
import { postFile } from '../../../ui/upload';
import { CONTACT_IMPORT, START_CONTACT_IMPORT } from '../graphql/import-export';
import type { ContactImport, StartContactImportVariables } from '../graphql/types';
import type { ImportTarget } from '../import-fields';
import { usePollWhile } from './usePollWhile';

function isImportInProgress(contactImport: ContactImport): boolean {
  return contactImport.status === 'QUEUED' || contactImport.status === 'RUNNING';
}

/** Step 1: the CSV goes to the target's REST endpoint, which answers with the analysed file. Rejects with UploadError. */
export async function uploadImport(target: ImportTarget, file: File): Promise<ContactImport> {
  const response = await postFile<{ import: ContactImport }>(target.uploadUrl, file);
  return response.import;
}

/** The import as the server sees it, polled every second while it runs (of any target). */
export function useContactImport(id: string, evict: ImportTarget['evict']) {
  const client = useApolloClient();
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(CONTACT_IMPORT, {
    variables: { id },
  });
  const contactImport = data?.contactImport ?? null;
  usePollWhile(contactImport !== null && isImportInProgress(contactImport), { startPolling, stopPolling });

  const completed = contactImport?.status === 'COMPLETED';
  useEffect(() => {
    if (completed) evict(client.cache);
  }, [client, completed, evict]);

  return {
    contactImport,
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch(),
  };
}

export function useStartContactImport() {
  const [mutate, { loading }] = useMutation(START_CONTACT_IMPORT);
  const start = async (input: StartContactImportVariables['input']): Promise<void> => {
    try {
      await mutate({ variables: { input } });
    } catch (error) {
      throw toApiError(error);
    }
  };
  return { start, starting: loading };
}
