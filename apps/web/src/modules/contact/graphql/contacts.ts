import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { CONTACT_DETAILS_FIELDS, CONTACT_LIST_ITEM_FIELDS } from './fragments';
import type {
  ContactCountData,
  ContactCountVariables,
  ContactData,
  ContactsData,
  ContactsVariables,
  IdVariables,
  CreateContactData,
  CreateContactVariables,
  DeleteContactData,
  DeleteContactVariables,
  UpdateContactData,
  UpdateContactVariables,
} from './types';

export const CONTACTS: TypedDocumentNode<ContactsData, ContactsVariables> = gql`
  query Contacts($first: Int!, $after: String, $filter: ContactFilter, $orderBy: ContactOrderBy) {
    contacts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      edges {
        cursor
        node {
          ...ContactListItemFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${CONTACT_LIST_ITEM_FIELDS}
`;

// Counted separately so that scrolling through pages does not recount every time.
export const CONTACT_COUNT: TypedDocumentNode<ContactCountData, ContactCountVariables> = gql`
  query ContactCount($filter: ContactFilter) {
    contactCount(filter: $filter)
  }
`;

export const CONTACT: TypedDocumentNode<ContactData, IdVariables> = gql`
  query Contact($id: String!) {
    contact(id: $id) {
      ...ContactDetailsFields
    }
  }
  ${CONTACT_DETAILS_FIELDS}
`;

export const CREATE_CONTACT: TypedDocumentNode<CreateContactData, CreateContactVariables> = gql`
  mutation CreateContact($input: CreateContactInput!) {
    createContact(input: $input) {
      contact {
        ...ContactDetailsFields
      }
    }
  }
  ${CONTACT_DETAILS_FIELDS}
`;

export const UPDATE_CONTACT: TypedDocumentNode<UpdateContactData, UpdateContactVariables> = gql`
  mutation UpdateContact($input: UpdateContactInput!) {
    updateContact(input: $input) {
      contact {
        ...ContactDetailsFields
      }
    }
  }
  ${CONTACT_DETAILS_FIELDS}
`;

export const DELETE_CONTACT: TypedDocumentNode<DeleteContactData, DeleteContactVariables> = gql`
  mutation DeleteContact($input: DeleteContactInput!) {
    deleteContact(input: $input) {
      id
    }
  }
`;
