import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { ACCOUNT_DETAILS_FIELDS } from '../../account';
import { CONTACT_DETAILS_FIELDS } from '../../contact';
import type {
  AccountMergeSidesData,
  CodeVariables,
  ContactMergeSidesData,
  ContactSearchData,
  CustomerByCodeData,
  MergeAccountsData,
  MergeContactsData,
  MergeSidesVariables,
  MergeVariables,
  SearchVariables,
} from './types';

// Both sides are loaded as the cards load them: the merge compares every field and needs versions.

export const CONTACT_MERGE_SIDES: TypedDocumentNode<ContactMergeSidesData, MergeSidesVariables> = gql`
  query ContactMergeSides($survivorId: String!, $loserId: String!) {
    survivor: contact(id: $survivorId) {
      ...ContactDetailsFields
    }
    loser: contact(id: $loserId) {
      ...ContactDetailsFields
    }
  }
  ${CONTACT_DETAILS_FIELDS}
`;

export const ACCOUNT_MERGE_SIDES: TypedDocumentNode<AccountMergeSidesData, MergeSidesVariables> = gql`
  query AccountMergeSides($survivorId: String!, $loserId: String!) {
    survivor: account(id: $survivorId) {
      ...AccountDetailsFields
    }
    loser: account(id: $loserId) {
      ...AccountDetailsFields
    }
  }
  ${ACCOUNT_DETAILS_FIELDS}
`;

export const MERGE_CONTACTS: TypedDocumentNode<MergeContactsData, MergeVariables> = gql`
  mutation MergeContacts($input: MergeContactsInput!) {
    mergeContacts(input: $input) {
      contact {
        ...ContactDetailsFields
      }
      loserCode
    }
  }
  ${CONTACT_DETAILS_FIELDS}
`;

export const MERGE_ACCOUNTS: TypedDocumentNode<MergeAccountsData, MergeVariables> = gql`
  mutation MergeAccounts($input: MergeAccountsInput!) {
    mergeAccounts(input: $input) {
      account {
        ...AccountDetailsFields
      }
      loserCode
    }
  }
  ${ACCOUNT_DETAILS_FIELDS}
`;

/** The contact to merge with: the ranked search (names in any script, typos, phones, codes). */
export const SEARCH_CONTACTS: TypedDocumentNode<ContactSearchData, SearchVariables> = gql`
  query SearchContactsToMerge($query: String!) {
    searchContacts(query: $query, first: 10) {
      id
      code
      fullName
      company
    }
  }
`;

/** A merged record's code resolves to the survivor. */
export const CUSTOMER_BY_CODE: TypedDocumentNode<CustomerByCodeData, CodeVariables> = gql`
  query CustomerByCode($code: String!) {
    customerByCode(code: $code) {
      ... on Contact {
        id
      }
      ... on Account {
        id
      }
    }
  }
`;
