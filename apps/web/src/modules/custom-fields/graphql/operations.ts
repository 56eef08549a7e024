import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { CUSTOM_FIELD_FIELDS } from './fragments';
import type {
  ArchiveCustomFieldData,
  ArchiveCustomFieldVariables,
  CreateCustomFieldData,
  CreateCustomFieldVariables,
  CustomFieldsData,
  CustomFieldsVariables,
  UpdateCustomFieldData,
  UpdateCustomFieldVariables,
} from './types';

// Archived definitions are always included: old records still show their values, and the
// portrait editor lists them. Forms offer only the active ones.
export const CUSTOM_FIELDS: TypedDocumentNode<CustomFieldsData, CustomFieldsVariables> = gql`
  query CustomFields($entityType: String!) {
    customFields(entityType: $entityType, includeArchived: true) {
      ...CustomFieldFields
    }
  }
  ${CUSTOM_FIELD_FIELDS}
`;

export const CREATE_CUSTOM_FIELD: TypedDocumentNode<CreateCustomFieldData, CreateCustomFieldVariables> = gql`
  mutation CreateCustomField($input: CreateCustomFieldInput!) {
    createCustomField(input: $input) {
      field {
        ...CustomFieldFields
      }
    }
  }
  ${CUSTOM_FIELD_FIELDS}
`;

export const UPDATE_CUSTOM_FIELD: TypedDocumentNode<UpdateCustomFieldData, UpdateCustomFieldVariables> = gql`
  mutation UpdateCustomField($input: UpdateCustomFieldInput!) {
    updateCustomField(input: $input) {
      field {
        ...CustomFieldFields
      }
    }
  }
  ${CUSTOM_FIELD_FIELDS}
`;

export const ARCHIVE_CUSTOM_FIELD: TypedDocumentNode<ArchiveCustomFieldData, ArchiveCustomFieldVariables> = gql`
  mutation ArchiveCustomField($input: ArchiveCustomFieldInput!) {
    archiveCustomField(input: $input) {
      field {
        ...CustomFieldFields
      }
    }
  }
  ${CUSTOM_FIELD_FIELDS}
`;
