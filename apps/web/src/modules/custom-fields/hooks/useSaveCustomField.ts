import { useMutation } from '@apollo/client/react';
import { toApiError } from '../../../ui/api-errors';
import { ARCHIVE_CUSTOM_FIELD, CREATE_CUSTOM_FIELD, CUSTOM_FIELDS, UPDATE_CUSTOM_FIELD } from '../graphql/operations';
import type { CreateCustomFieldVariables, CustomField, UpdateCustomFieldVariables } from '../graphql/types';

/** Field edits come back whole, so the normalised cache updates every form and list by itself. */
export function useSaveCustomField() {
  const [create, { loading: creating }] = useMutation(CREATE_CUSTOM_FIELD, {
    update(cache, { data }) {
      if (!data) return;
      const { field } = data.createCustomField;
      cache.updateQuery(
        { query: CUSTOM_FIELDS, variables: { entityType: field.entityType } },
        (current) => current && { customFields: [...current.customFields, field] },
      );
    },
  });
  const [update, { loading: updating }] = useMutation(UPDATE_CUSTOM_FIELD);

  const createField = async (input: CreateCustomFieldVariables['input']): Promise<void> => {
    try {
      await create({ variables: { input } });
    } catch (error) {
      throw toApiError(error);
    }
  };
  const updateField = async (field: CustomField, changes: Omit<UpdateCustomFieldVariables['input'], 'id' | 'expectedVersion'>) => {
    try {
      await update({ variables: { input: { ...changes, id: field.id, expectedVersion: field.version } } });
    } catch (error) {
      throw toApiError(error);
    }
  };
  return { createField, updateField, saving: creating || updating };
}

export function useArchiveCustomField() {
  const [mutate] = useMutation(ARCHIVE_CUSTOM_FIELD);
  return async (field: CustomField, archived: boolean): Promise<void> => {
    try {
      await mutate({ variables: { input: { id: field.id, expectedVersion: field.version, archived } } });
    } catch (error) {
      throw toApiError(error);
    }
  };
}
