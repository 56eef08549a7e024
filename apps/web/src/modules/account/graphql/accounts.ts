import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { ACCOUNT_DETAILS_FIELDS, ACCOUNT_LIST_ITEM_FIELDS } from './fragments';
import type {
  AccountData,
  AccountOptionsData,
  AccountOptionsVariables,
  AccountRefData,
  AccountsData,
  AccountsVariables,
  CreateAccountData,
  CreateAccountVariables,
  DeleteAccountData,
  DeleteAccountVariables,
  IdVariables,
  UpdateAccountData,
  UpdateAccountVariables,
} from './types';

export const ACCOUNTS: TypedDocumentNode<AccountsData, AccountsVariables> = gql`
  query Accounts($first: Int!, $after: String, $filter: AccountFilter, $orderBy: AccountOrderBy) {
    accounts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      edges {
        cursor
        node {
          ...AccountListItemFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
  ${ACCOUNT_LIST_ITEM_FIELDS}
`;

/** For pickers (parent, competitors); run without the cache so it never mixes into the lists. */
export const ACCOUNT_OPTIONS: TypedDocumentNode<AccountOptionsData, AccountOptionsVariables> = gql`
  query AccountOptions($filter: AccountFilter) {
    accounts(first: 20, filter: $filter) {
      edges {
        node {
          id
          code
          name
        }
      }
    }
  }
`;

export const ACCOUNT_REF: TypedDocumentNode<AccountRefData, IdVariables> = gql`
  query AccountRef($id: String!) {
    account(id: $id) {
      id
      code
      name
    }
  }
`;

export const ACCOUNT: TypedDocumentNode<AccountData, IdVariables> = gql`
  query Account($id: String!) {
    account(id: $id) {
      ...AccountDetailsFields
    }
  }
  ${ACCOUNT_DETAILS_FIELDS}
`;

export const CREATE_ACCOUNT: TypedDocumentNode<CreateAccountData, CreateAccountVariables> = gql`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      account {
        ...AccountDetailsFields
      }
    }
  }
  ${ACCOUNT_DETAILS_FIELDS}
`;

export const UPDATE_ACCOUNT: TypedDocumentNode<UpdateAccountData, UpdateAccountVariables> = gql`
  mutation UpdateAccount($input: UpdateAccountInput!) {
    updateAccount(input: $input) {
      account {
        ...AccountDetailsFields
      }
    }
  }
  ${ACCOUNT_DETAILS_FIELDS}
`;

export const DELETE_ACCOUNT: TypedDocumentNode<DeleteAccountData, DeleteAccountVariables> = gql`
  mutation DeleteAccount($input: DeleteAccountInput!) {
    deleteAccount(input: $input) {
      id
    }
  }
`;
