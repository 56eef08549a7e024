import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { toApiError } from '../../../ui/api-errors';
import { CONTACT_EXPORT, EXPORT_CONTACTS } from '../graphql/import-export';
import type { ContactFilter } from '../graphql/types';
import { usePollWhile } from './usePollWhile';

/** Starts an export of the filtered list and follows it until the file is ready. */
export function useContactExport() {
  const [exportId, setExportId] = useState<string | null>(null);
  const [mutate, { loading: starting }] = useMutation(EXPORT_CONTACTS);
  const { data, error, startPolling, stopPolling } = useQuery(CONTACT_EXPORT, {
    variables: { id: exportId ?? '' },
    skip: exportId === null,
  });
  const contactExport = exportId === null ? null : (data?.contactExport ?? null);
  const status = contactExport?.status;
  usePollWhile(status === 'QUEUED' || status === 'RUNNING', { startPolling, stopPolling });

  const start = async (filter: ContactFilter): Promise<void> => {
    try {
      const { data: started } = await mutate({ variables: { input: { filter } } });
      if (started) setExportId(started.exportContacts.export.id);
    } catch (failure) {
      throw toApiError(failure);
    }
  };

  return {
    /** True from the moment an export is started until the user dismisses it. */
    active: exportId !== null,
    contactExport,
    starting,
    pollError: contactExport ? undefined : error,
    start,
    dismiss: () => setExportId(null),
  };
}
