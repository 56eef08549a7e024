import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type { PageVariables } from '../../../ui/usePagedConnection';
import { ACCOUNT_CONTACT_FIELDS, CONTRACT_FIELDS, METRIC_VALUE_FIELDS } from './fragments';
import type {
  AccountContactsData,
  AccountContractsData,
  AccountMetricsData,
  AccountTimelineData,
  ContactAccountsData,
  ContactSearchData,
  ContactSearchVariables,
  CreateContractData,
  CreateContractVariables,
  DeleteContractData,
  DeleteContractVariables,
  IdVariables,
  LinkContactData,
  LinkContactVariables,
  RecordMetricsData,
  RecordMetricsVariables,
  UnlinkContactData,
  UnlinkContactVariables,
  UpdateContractData,
  UpdateContractVariables,
} from './types';

// Each tab of the card loads its own part of the account when it is first opened.

export const ACCOUNT_CONTACTS: TypedDocumentNode<AccountContactsData, IdVariables> = gql`
  query AccountContacts($id: String!) {
    account(id: $id) {
      id
      contacts {
        ...AccountContactFields
      }
    }
  }
  ${ACCOUNT_CONTACT_FIELDS}
`;

/** The other side of the links: the accounts of one contact, for the contact card. */
export const CONTACT_ACCOUNTS: TypedDocumentNode<ContactAccountsData, IdVariables> = gql`
  query ContactAccounts($id: String!) {
    contact(id: $id) {
      id
      accounts {
        accountId
        role
        position
        isPrimary
        account {
          id
          code
          name
        }
      }
    }
  }
`;

/** The answer carries the account's links, so the Contacts tab updates without a refetch. */
export const LINK_CONTACT: TypedDocumentNode<LinkContactData, LinkContactVariables> = gql`
  mutation LinkContactToAccount($input: LinkContactInput!) {
    linkContactToAccount(input: $input) {
      link {
        account {
          id
          contacts {
            ...AccountContactFields
          }
        }
      }
    }
  }
  ${ACCOUNT_CONTACT_FIELDS}
`;

export const UNLINK_CONTACT: TypedDocumentNode<UnlinkContactData, UnlinkContactVariables> = gql`
  mutation UnlinkContactFromAccount($input: UnlinkContactInput!) {
    unlinkContactFromAccount(input: $input) {
      accountId
      contactId
    }
  }
`;

export const SEARCH_CONTACTS: TypedDocumentNode<ContactSearchData, ContactSearchVariables> = gql`
  query SearchContactsToLink($query: String!) {
    searchContacts(query: $query, first: 10) {
      id
      code
      fullName
      company
    }
  }
`;

export const ACCOUNT_CONTRACTS: TypedDocumentNode<AccountContractsData, IdVariables> = gql`
  query AccountContracts($id: String!) {
    account(id: $id) {
      id
      contracts {
        ...ContractFields
      }
    }
  }
  ${CONTRACT_FIELDS}
`;

export const CREATE_CONTRACT: TypedDocumentNode<CreateContractData, CreateContractVariables> = gql`
  mutation CreateContract($input: CreateContractInput!) {
    createContract(input: $input) {
      contract {
        ...ContractFields
      }
    }
  }
  ${CONTRACT_FIELDS}
`;

export const UPDATE_CONTRACT: TypedDocumentNode<UpdateContractData, UpdateContractVariables> = gql`
  mutation UpdateContract($input: UpdateContractInput!) {
    updateContract(input: $input) {
      contract {
        ...ContractFields
      }
    }
  }
  ${CONTRACT_FIELDS}
`;

export const DELETE_CONTRACT: TypedDocumentNode<DeleteContractData, DeleteContractVariables> = gql`
  mutation DeleteContract($input: DeleteContractInput!) {
    deleteContract(input: $input) {
      id
    }
  }
`;

export const ACCOUNT_METRICS: TypedDocumentNode<AccountMetricsData, IdVariables> = gql`
  query AccountMetrics($id: String!) {
    account(id: $id) {
      id
      metrics {
        ...MetricValueFields
      }
    }
  }
  ${METRIC_VALUE_FIELDS}
`;

export const RECORD_METRICS: TypedDocumentNode<RecordMetricsData, RecordMetricsVariables> = gql`
  mutation RecordAccountMetrics($input: RecordAccountMetricsInput!) {
    recordAccountMetrics(input: $input) {
      values {
        ...MetricValueFields
      }
    }
  }
  ${METRIC_VALUE_FIELDS}
`;

export const ACCOUNT_TIMELINE: TypedDocumentNode<AccountTimelineData, PageVariables> = gql`
  query AccountTimeline($id: String!, $first: Int!, $after: String) {
    account(id: $id) {
      id
      timeline(first: $first, after: $after) {
        edges {
          cursor
          node {
            id
            type
            occurredAt
            actorName
            subjectId
            changes {
              field
              before
              after
            }
            summary
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;
