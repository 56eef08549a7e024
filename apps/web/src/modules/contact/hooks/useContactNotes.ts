import { useMutation } from '@apollo/client/react';
import { toApiError } from '../../../ui/api-errors';
import { usePagedConnection } from '../../../ui/usePagedConnection';
import { evictContactTimeline } from '../cache';
import { ADD_CONTACT_NOTE, CONTACT_NOTES } from '../graphql/history';

export function useContactNotes(contactId: string) {
  const { nodes, ...rest } = usePagedConnection(CONTACT_NOTES, contactId, (data) => data.contact?.notes);
  return { notes: nodes, ...rest };
}

export function useAddContactNote(contactId: string) {
  const [mutate, { loading }] = useMutation(ADD_CONTACT_NOTE, {
    // The new note's cursor is only known to the server, so the first page is fetched again.
    update(cache) {
      cache.evict({ id: cache.identify({ __typename: 'Contact', id: contactId }), fieldName: 'notes' });
      evictContactTimeline(cache, contactId);
    },
  });
  const addNote = async (body: string): Promise<void> => {
    try {
      await mutate({ variables: { input: { contactId, body } } });
    } catch (error) {
      throw toApiError(error);
    }
  };
  return { addNote, adding: loading };
}
