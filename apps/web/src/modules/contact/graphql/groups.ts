import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { CONTACT_GROUP_FIELDS } from './fragments';
import type {
  AddContactsToGroupData,
  AddContactsToGroupVariables,
  ContactGroupsData,
  CreateContactGroupData,
  CreateContactGroupVariables,
  DeleteContactGroupData,
  DeleteContactGroupVariables,
} from './types';

export const CONTACT_GROUPS: TypedDocumentNode<ContactGroupsData, Record<string, never>> = gql`
  query ContactGroups {
    contactGroups {
      ...ContactGroupFields
    }
  }
  ${CONTACT_GROUP_FIELDS}
`;

export const CREATE_CONTACT_GROUP: TypedDocumentNode<CreateContactGroupData, CreateContactGroupVariables> = gql`
  mutation CreateContactGroup($input: CreateContactGroupInput!) {
    createContactGroup(input: $input) {
      group {
        ...ContactGroupFields
      }
    }
  }
  ${CONTACT_GROUP_FIELDS}
`;

export const ADD_CONTACTS_TO_GROUP: TypedDocumentNode<AddContactsToGroupData, AddContactsToGroupVariables> = gql`
  mutation AddContactsToGroup($input: ChangeGroupMembersInput!) {
    addContactsToGroup(input: $input) {
      group {
        ...ContactGroupFields
      }
    }
  }
  ${CONTACT_GROUP_FIELDS}
`;

export const DELETE_CONTACT_GROUP: TypedDocumentNode<DeleteContactGroupData, DeleteContactGroupVariables> = gql`
  mutation DeleteContactGroup($input: DeleteContactGroupInput!) {
    deleteContactGroup(input: $input) {
      id
    }
  }
`;
