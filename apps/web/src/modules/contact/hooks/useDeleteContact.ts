import { useMutation } from '@apollo/client/react';
import { toApiError } from '../../../ui/api-errors';
import { evictContactLists } from '../cache';
import { DELETE_CONTACT } from '../graphql/contacts';
import type { ContactDetails } from '../graphql/types';

export function useDeleteContact() {
  const [mutate, { loading }] = useMutation(DELETE_CONTACT);
  const deleteContact = async (contact: ContactDetails): Promise<void> => {
    try {
      await mutate({
        variables: { input: { id: contact.id, expectedVersion: contact.version } },
        update(cache) {
          cache.evict({ id: cache.identify({ __typename: 'Contact', id: contact.id }) });
          evictContactLists(cache);
        },
      });
    } catch (error) {
      throw toApiError(error);
    }
  };
  return { deleteContact, deleting: loading };
}
