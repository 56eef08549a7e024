import { useMutation, useQuery } from '@apollo/client/react';
import { toApiError } from '../../../ui/api-errors';
import { ADD_CONTACTS_TO_GROUP, CONTACT_GROUPS, CREATE_CONTACT_GROUP, DELETE_CONTACT_GROUP } from '../graphql/groups';
import type { ContactFilter, ContactGroup } from '../graphql/types';

export function useContactGroups() {
  const { data, loading, error, refetch } = useQuery(CONTACT_GROUPS);
  return {
    groups: data?.contactGroups ?? [],
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch(),
  };
}

export type NewContactGroup =
  | { kind: 'DYNAMIC'; name: string; criteria: ContactFilter }
  | { kind: 'STATIC'; name: string; contactIds: string[] };

/**
 * A dynamic group stores the filter; a static one is created empty and then gets the chosen
 * contacts, because the API takes criteria for dynamic groups only.
 */
export function useCreateContactGroup() {
  const [createGroup, { loading: creating }] = useMutation(CREATE_CONTACT_GROUP, {
    update(cache, { data }) {
      if (!data) return;
      const { group } = data.createContactGroup;
      cache.updateQuery({ query: CONTACT_GROUPS }, (current) =>
        current ? { contactGroups: [...current.contactGroups, group] } : current,
      );
    },
  });
  const [addMembers, { loading: adding }] = useMutation(ADD_CONTACTS_TO_GROUP);

  const create = async (newGroup: NewContactGroup): Promise<ContactGroup> => {
    try {
      const { data } = await createGroup({
        variables: {
          input:
            newGroup.kind === 'DYNAMIC'
              ? { name: newGroup.name, kind: 'DYNAMIC', criteria: newGroup.criteria }
              : { name: newGroup.name, kind: 'STATIC' },
        },
      });
      if (!data) throw new Error('createContactGroup returned no data');
      const { group } = data.createContactGroup;
      if (newGroup.kind === 'DYNAMIC') return group;
      const { data: added } = await addMembers({
        variables: { input: { groupId: group.id, contactIds: newGroup.contactIds } },
      });
      return added?.addContactsToGroup.group ?? group;
    } catch (error) {
      throw toApiError(error);
    }
  };
  return { create, creating: creating || adding };
}

export function useDeleteContactGroup() {
  const [mutate] = useMutation(DELETE_CONTACT_GROUP, {
    update(cache, { data }) {
      if (!data) return;
      cache.evict({ id: cache.identify({ __typename: 'ContactGroup', id: data.deleteContactGroup.id }) });
      cache.gc();
    },
  });
  return async (groupId: string): Promise<void> => {
    try {
      await mutate({ variables: { input: { id: groupId } } });
    } catch (error) {
      throw toApiError(error);
    }
  };
}
