import { useMutation } from '@apollo/client/react';
import { toApiError } from '../../../ui/api-errors';
import { evictContactLists } from '../cache';
import { CREATE_CONTACT } from '../graphql/contacts';
import type { ContactFieldsInput } from '../graphql/types';

/** Resolves with the new contact's id; rejects with an ApiError. */
export function useCreateContact() {
  const [mutate, { loading }] = useMutation(CREATE_CONTACT, {
    update: (cache) => evictContactLists(cache),
  });
  const createContact = async (input: ContactFieldsInput): Promise<string> => {
    try {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('createContact returned no data');
      return data.createContact.contact.id;
    } catch (error) {
      throw toApiError(error);
    }
  };
  return { createContact, creating: loading };
}
