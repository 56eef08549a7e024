import { useMutation } from '@apollo/client/react';
import { toApiError } from '../../../ui/api-errors';
import { evictContactLists, evictContactTimeline } from '../cache';
import { UPDATE_CONTACT } from '../graphql/contacts';
import type { ContactDetails, ContactFieldsInput } from '../graphql/types';

/**
 * Saves changes against the version the user was editing; the server answers CONFLICT /
 * STALE_VERSION if someone saved in between. Rejects with an ApiError.
 */
export function useUpdateContact() {
  const [mutate, { loading }] = useMutation(UPDATE_CONTACT);
  const updateContact = async (contact: ContactDetails, changes: ContactFieldsInput): Promise<void> => {
    try {
      await mutate({
        variables: { input: { ...changes, id: contact.id, expectedVersion: contact.version } },
        update(cache) {
          evictContactTimeline(cache, contact.id);
          evictContactLists(cache);
        },
      });
    } catch (error) {
      throw toApiError(error);
    }
  };
  return { updateContact, saving: loading };
}
