import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type {
  CreateSegmentData,
  CreateSegmentVariables,
  CriteriaCatalogData,
  CriteriaCountData,
  CriteriaCountVariables,
  DeleteSegmentData,
  DeleteSegmentVariables,
  EntityTypeVariables,
  IdVariables,
  PageVariables,
  RecordNameData,
  SegmentData,
  SegmentHistoryData,
  SegmentOptionsData,
  SegmentsData,
  SegmentsVariables,
  UpdateSegmentData,
  UpdateSegmentVariables,
} from './types';

const SEGMENT_FIELDS = gql`
  fragment SegmentFields on Segment {
    id
    name
    description
    entityType
    criteria
    memberCount
    refreshedAt
    updatedAt
    version
  }
`;

export const CRITERIA_CATALOG: TypedDocumentNode<CriteriaCatalogData, EntityTypeVariables> = gql`
  query CriteriaCatalog($entityType: String!) {
    criteriaCatalog(entityType: $entityType) {
      entityType
      fields {
        key
        label
        type
        ops
        options {
          key
          label
        }
        custom
      }
      relations {
        key
        label
        target
      }
    }
  }
`;

export const CRITERIA_COUNT: TypedDocumentNode<CriteriaCountData, CriteriaCountVariables> = gql`
  query CriteriaCount($entityType: String!, $criteria: JSON!) {
    criteriaCount(entityType: $entityType, criteria: $criteria)
  }
`;

// Only names: the list filter must not count every segment's members.
export const SEGMENT_OPTIONS: TypedDocumentNode<SegmentOptionsData, EntityTypeVariables> = gql`
  query SegmentOptions($entityType: String!) {
    segments(entityType: $entityType) {
      id
      name
    }
  }
`;

export const SEGMENTS: TypedDocumentNode<SegmentsData, SegmentsVariables> = gql`
  query Segments($entityType: String) {
    segments(entityType: $entityType) {
      ...SegmentFields
    }
  }
  ${SEGMENT_FIELDS}
`;

export const SEGMENT: TypedDocumentNode<SegmentData, IdVariables> = gql`
  query Segment($id: String!) {
    segment(id: $id) {
      ...SegmentFields
    }
  }
  ${SEGMENT_FIELDS}
`;

export const SEGMENT_HISTORY: TypedDocumentNode<SegmentHistoryData, PageVariables> = gql`
  query SegmentHistory($id: String!, $first: Int!, $after: String) {
    segment(id: $id) {
      id
      history(first: $first, after: $after) {
        edges {
          cursor
          node {
            id
            entityId
            entered
            at
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

export const CREATE_SEGMENT: TypedDocumentNode<CreateSegmentData, CreateSegmentVariables> = gql`
  mutation CreateSegment($input: CreateSegmentInput!) {
    createSegment(input: $input) {
      segment {
        ...SegmentFields
      }
    }
  }
  ${SEGMENT_FIELDS}
`;

export const UPDATE_SEGMENT: TypedDocumentNode<UpdateSegmentData, UpdateSegmentVariables> = gql`
  mutation UpdateSegment($input: UpdateSegmentInput!) {
    updateSegment(input: $input) {
      segment {
        ...SegmentFields
      }
    }
  }
  ${SEGMENT_FIELDS}
`;

export const DELETE_SEGMENT: TypedDocumentNode<DeleteSegmentData, DeleteSegmentVariables> = gql`
  mutation DeleteSegment($input: DeleteSegmentInput!) {
    deleteSegment(input: $input) {
      id
    }
  }
`;

/** Names for the history list, which only knows the ids of the records that came and went. */
export const CONTACT_NAME: TypedDocumentNode<RecordNameData, IdVariables> = gql`
  query SegmentContactName($id: String!) {
    contact(id: $id) {
      id
      code
      fullName
    }
  }
`;

export const ACCOUNT_NAME: TypedDocumentNode<RecordNameData, IdVariables> = gql`
  query SegmentAccountName($id: String!) {
    account(id: $id) {
      id
      code
      name
    }
  }
`;
