import { gql } from '@apollo/client';

// Board cards, lists and the deal card select the same sub-fields of nested values (stage, owner,
// account) so that neither overwrites the other's cached copy with fewer fields.
export const STAGE_FIELDS = gql`
  fragment StageFields on Stage {
    id
    pipelineId
    name
    kind
    position
    probability
    forecastCategory
    version
  }
`;

export const PIPELINE_FIELDS = gql`
  fragment PipelineFields on Pipeline {
    id
    name
    isDefault
    archived
    position
    version
    stages {
      ...StageFields
    }
  }
  ${STAGE_FIELDS}
`;

export const DEAL_LIST_ITEM_FIELDS = gql`
  fragment DealListItemFields on Deal {
    id
    number
    title
    amount
    currency
    amountBase
    status
    stageId
    stage {
      id
      name
      kind
    }
    probability
    probabilityManual
    expectedCloseOn
    closedOn
    version
    owner {
      id
      name
    }
    account {
      id
      name
    }
  }
`;

export const PRODUCT_FIELDS = gql`
  fragment ProductFields on Product {
    id
    sku
    name
    unit
    active
    description
    categoryId
    category {
      id
      name
    }
    version
    prices {
      id
      priceListId
      productId
      unitPrice
      validFrom
    }
  }
`;

export const DEAL_DETAILS_FIELDS = gql`
  fragment DealDetailsFields on Deal {
    ...DealListItemFields
    accountId
    ownerId
    pipelineId
    pipeline {
      id
      name
    }
    amountFromLines
    forecastCategory
    forecastCategoryManual
    source
    description
    lossReasonId
    lossReason {
      id
      name
    }
    lossNote
    stageEnteredAt
    lines {
      id
      position
      productId
      product {
        id
        sku
        name
        unit
      }
      quantity
      unitPrice
      discountPercent
      amount
    }
    contacts {
      contactId
      isPrimary
      role
      contact {
        id
        code
        fullName
      }
    }
    stageHistory {
      id
      stageId
      stage {
        id
        name
        kind
      }
      enteredAt
      leftAt
    }
    createdAt
    updatedAt
  }
  ${DEAL_LIST_ITEM_FIELDS}
`;
