import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { ACCOUNT_LIST_ITEM_FIELDS } from '../../account';
import { CONTACT_LIST_ITEM_FIELDS } from '../../contact';
import type {
  AccountDuplicateCandidatesData,
  AccountDuplicateProbe,
  ContactDuplicateCandidatesData,
  ContactDuplicateProbe,
  DismissDuplicateData,
  DismissDuplicateVariables,
  DuplicatePairsData,
  DuplicatePairsVariables,
  ProbeVariables,
} from './types';

// Nested phones and e-mails are selected as the cards select them, so neither overwrites the
// other's cached copy with fewer fields. Fragments on the concrete types (not on the union
// Customer) match without telling the cache the union's members.
const CONTACT_SUMMARY_FIELDS = gql`
  fragment ContactSummaryFields on Contact {
    ...ContactListItemFields
    position
  }
  ${CONTACT_LIST_ITEM_FIELDS}
`;

const ACCOUNT_SUMMARY_FIELDS = gql`
  fragment AccountSummaryFields on Account {
    ...AccountListItemFields
    kpp
    ogrn
    phones {
      number
      kind
      extension
    }
    emails {
      address
      kind
    }
  }
  ${ACCOUNT_LIST_ITEM_FIELDS}
`;

export const DUPLICATE_PAIRS: TypedDocumentNode<DuplicatePairsData, DuplicatePairsVariables> = gql`
  query DuplicatePairs($entityType: String!, $first: Int!, $after: String) {
    duplicatePairs(entityType: $entityType, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          entityType
          aId
          bId
          a {
            ...ContactSummaryFields
            ...AccountSummaryFields
          }
          b {
            ...ContactSummaryFields
            ...AccountSummaryFields
          }
          reasons
          score
          foundAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${CONTACT_SUMMARY_FIELDS}
  ${ACCOUNT_SUMMARY_FIELDS}
`;

export const DISMISS_DUPLICATE: TypedDocumentNode<DismissDuplicateData, DismissDuplicateVariables> = gql`
  mutation DismissDuplicate($input: DismissDuplicateInput!) {
    dismissDuplicate(input: $input) {
      id
      status
    }
  }
`;

// The strongest three only: the warning stays in view over the form being filled in.
export const CONTACT_DUPLICATE_CANDIDATES: TypedDocumentNode<
  ContactDuplicateCandidatesData,
  ProbeVariables<ContactDuplicateProbe>
> = gql`
  query ContactDuplicateCandidates($probe: ContactDuplicateProbe!) {
    contactDuplicateCandidates(probe: $probe, first: 3) {
      contact {
        id
        code
        fullName
        company
      }
      reasons
      score
    }
  }
`;

export const ACCOUNT_DUPLICATE_CANDIDATES: TypedDocumentNode<
  AccountDuplicateCandidatesData,
  ProbeVariables<AccountDuplicateProbe>
> = gql`
  query AccountDuplicateCandidates($probe: AccountDuplicateProbe!) {
    accountDuplicateCandidates(probe: $probe, first: 3) {
      account {
        id
        code
        name
        inn
      }
      reasons
      score
    }
  }
`;
