import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type {
  FunnelData,
  FunnelVariables,
  InputVariables,
  Plan,
  PlanReportData,
  PlanReportVariables,
  PlansData,
  PlansVariables,
  ProductTrendsData,
  ProductTrendsVariables,
  SavePlanInput,
  StatisticsData,
  StatisticsVariables,
} from './types';

export const SALES_FUNNEL: TypedDocumentNode<FunnelData, FunnelVariables> = gql`
  query SalesFunnel($input: FunnelInput!) {
    salesFunnel(input: $input) {
      pipelineId
      scope
      entered
      won
      lost
      wonAmount
      winRate
      stages {
        stage {
          id
          name
          kind
        }
        reached
        conversion
        lostHere
        dropOff
        averageDays
        completedStays
      }
    }
  }
`;

const PLAN_REPORT_ROW_FIELDS = gql`
  fragment PlanReportRowFields on PlanReportRow {
    periodStart
    periodEnd
    targetAmount
    targetUnits
    actualAmount
    actualUnits
    attainment
    wonDeals
    forecast {
      closed
      commit
      bestCase
      pipeline
      weighted
      expected
    }
  }
`;

export const SALES_PLAN_REPORT: TypedDocumentNode<PlanReportData, PlanReportVariables> = gql`
  query SalesPlanReport($input: PlanReportInput!) {
    salesPlanReport(input: $input) {
      reportingCurrency
      rows {
        ...PlanReportRowFields
      }
      total {
        ...PlanReportRowFields
      }
    }
  }
  ${PLAN_REPORT_ROW_FIELDS}
`;

export const PRODUCT_TRENDS: TypedDocumentNode<ProductTrendsData, ProductTrendsVariables> = gql`
  query ProductTrends($months: Int!) {
    productTrends(months: $months) {
      productId
      product {
        id
        sku
        name
        unit
      }
      stage
      totalAmount
      totalUnits
      months {
        month
        amount
        units
        deals
      }
    }
  }
`;

export const SALES_STATISTICS: TypedDocumentNode<StatisticsData, StatisticsVariables> = gql`
  query SalesStatistics($input: StatisticsInput!) {
    salesStatistics(input: $input) {
      key
      label
      month
      won
      lost
      wonAmount
      averageWon
      winRate
    }
  }
`;

const PLAN_FIELDS = gql`
  fragment PlanFields on Plan {
    id
    subject
    userId
    user {
      id
      name
    }
    teamId
    team {
      id
      name
    }
    productId
    product {
      id
      sku
      name
    }
    period
    periodStart
    periodEnd
    targetAmount
    targetUnits
    version
  }
`;

export const SALES_PLANS: TypedDocumentNode<PlansData, PlansVariables> = gql`
  query SalesPlans($filter: PlanFilter!) {
    salesPlans(filter: $filter) {
      ...PlanFields
    }
  }
  ${PLAN_FIELDS}
`;

export const SAVE_PLAN: TypedDocumentNode<{ savePlan: { plan: Plan } }, InputVariables<SavePlanInput>> = gql`
  mutation SavePlan($input: SavePlanInput!) {
    savePlan(input: $input) {
      plan {
        ...PlanFields
      }
    }
  }
  ${PLAN_FIELDS}
`;

export const DELETE_PLAN: TypedDocumentNode<{ deletePlan: { id: string } }, { id: string }> = gql`
  mutation DeletePlan($id: ID!) {
    deletePlan(id: $id) {
      id
    }
  }
`;
