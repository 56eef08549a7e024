import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { DEAL_DETAILS_FIELDS, DEAL_LIST_ITEM_FIELDS, PIPELINE_FIELDS, STAGE_FIELDS } from './fragments';
import type {
  AccountDealsData,
  BoardColumnDealsData,
  BoardColumnDealsVariables,
  ContactDealsData,
  ContactOptionsData,
  ContactOptionsVariables,
  ContactRefData,
  CreateDealData,
  CreateDealInput,
  DealData,
  DeleteDealData,
  IdVariables,
  InputVariables,
  LossReasonsData,
  LossReasonsVariables,
  MoveDealData,
  MoveDealInput,
  PipelinesData,
  PipelinesVariables,
  ReopenDealData,
  ReopenDealInput,
  ReportingCurrencyData,
  SalesBoardData,
  SalesBoardVariables,
  TeamsData,
  UpdateDealData,
  UpdateDealInput,
} from './types';

export const REPORTING_CURRENCY: TypedDocumentNode<ReportingCurrencyData, Record<string, never>> = gql`
  query ReportingCurrency {
    appSettings {
      reportingCurrency
    }
  }
`;

export const PIPELINES: TypedDocumentNode<PipelinesData, PipelinesVariables> = gql`
  query Pipelines($includeArchived: Boolean! = false) {
    pipelines(includeArchived: $includeArchived) {
      ...PipelineFields
    }
  }
  ${PIPELINE_FIELDS}
`;

export const LOSS_REASONS: TypedDocumentNode<LossReasonsData, LossReasonsVariables> = gql`
  query LossReasons($includeArchived: Boolean! = false) {
    lossReasons(includeArchived: $includeArchived) {
      id
      name
      position
      archived
      version
    }
  }
`;

export const TEAMS: TypedDocumentNode<TeamsData, Record<string, never>> = gql`
  query SalesTeams {
    teams {
      id
      name
    }
  }
`;

export const SALES_BOARD: TypedDocumentNode<SalesBoardData, SalesBoardVariables> = gql`
  query SalesBoard($pipelineId: ID!, $filter: BoardFilter) {
    salesBoard(pipelineId: $pipelineId, filter: $filter) {
      pipelineId
      reportingCurrency
      closedSince
      columns {
        stage {
          ...StageFields
        }
        count
        amount
        weightedAmount
      }
    }
  }
  ${STAGE_FIELDS}
`;

export const BOARD_COLUMN_DEALS: TypedDocumentNode<BoardColumnDealsData, BoardColumnDealsVariables> = gql`
  query BoardColumnDeals($stageId: ID!, $first: Int!, $after: String, $filter: BoardFilter) {
    boardColumnDeals(stageId: $stageId, first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          ...DealListItemFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
  ${DEAL_LIST_ITEM_FIELDS}
`;

export const DEAL: TypedDocumentNode<DealData, IdVariables> = gql`
  query Deal($id: ID!) {
    deal(id: $id) {
      ...DealDetailsFields
    }
  }
  ${DEAL_DETAILS_FIELDS}
`;

export const CREATE_DEAL: TypedDocumentNode<CreateDealData, InputVariables<CreateDealInput>> = gql`
  mutation CreateDeal($input: CreateDealInput!) {
    createDeal(input: $input) {
      deal {
        ...DealDetailsFields
      }
    }
  }
  ${DEAL_DETAILS_FIELDS}
`;

export const UPDATE_DEAL: TypedDocumentNode<UpdateDealData, InputVariables<UpdateDealInput>> = gql`
  mutation UpdateDeal($input: UpdateDealInput!) {
    updateDeal(input: $input) {
      deal {
        ...DealDetailsFields
      }
    }
  }
  ${DEAL_DETAILS_FIELDS}
`;

/** Selects only what a board card shows, so that the optimistic answer can be built from the card. */
export const MOVE_DEAL: TypedDocumentNode<MoveDealData, InputVariables<MoveDealInput>> = gql`
  mutation MoveDeal($input: MoveDealInput!) {
    moveDeal(input: $input) {
      deal {
        ...DealListItemFields
      }
    }
  }
  ${DEAL_LIST_ITEM_FIELDS}
`;

export const REOPEN_DEAL: TypedDocumentNode<ReopenDealData, InputVariables<ReopenDealInput>> = gql`
  mutation ReopenDeal($input: ReopenDealInput!) {
    reopenDeal(input: $input) {
      deal {
        ...DealDetailsFields
      }
    }
  }
  ${DEAL_DETAILS_FIELDS}
`;

export const DELETE_DEAL: TypedDocumentNode<DeleteDealData, InputVariables<{ id: string; expectedVersion: number }>> = gql`
  mutation DeleteDeal($input: DeleteDealInput!) {
    deleteDeal(input: $input) {
      id
    }
  }
`;

export const ACCOUNT_DEALS: TypedDocumentNode<AccountDealsData, { id: string }> = gql`
  query AccountDeals($id: String!) {
    account(id: $id) {
      id
      deals {
        ...DealListItemFields
      }
    }
  }
  ${DEAL_LIST_ITEM_FIELDS}
`;

export const CONTACT_DEALS: TypedDocumentNode<ContactDealsData, { id: string }> = gql`
  query ContactDeals($id: String!) {
    contact(id: $id) {
      id
      deals {
        ...DealListItemFields
      }
    }
  }
  ${DEAL_LIST_ITEM_FIELDS}
`;

export const CONTACT_OPTIONS: TypedDocumentNode<ContactOptionsData, ContactOptionsVariables> = gql`
  query DealContactOptions($query: String!) {
    searchContacts(query: $query, first: 10) {
      id
      code
      fullName
    }
  }
`;

export const CONTACT_REF: TypedDocumentNode<ContactRefData, { id: string }> = gql`
  query DealContactRef($id: String!) {
    contact(id: $id) {
      id
      code
      fullName
    }
  }
`;
