import { gql } from '@apollo/client';
import { CONTACT_LIST_ITEM_FIELDS } from '../../contact';
import { CUSTOM_FIELD_VALUE_FIELDS } from '../../custom-fields';

// Lists and cards select the same sub-fields of nested values (phones, custom fields…), so that
// neither overwrites the other's cached copy with fewer fields.
export const ACCOUNT_LIST_ITEM_FIELDS = gql`
  fragment AccountListItemFields on Account {
    id
    code
    name
    legalName
    kinds
    inn
    industry
    region
    completeness
    owner {
      id
      name
    }
    hiddenFields
    customFields {
      ...CustomFieldValueFields
    }
  }
  ${CUSTOM_FIELD_VALUE_FIELDS}
`;

export const ACCOUNT_DETAILS_FIELDS = gql`
  fragment AccountDetailsFields on Account {
    ...AccountListItemFields
    kpp
    ogrn
    vatId
    bankAccounts {
      bik
      bankName
      settlementAccount
      correspondentAccount
    }
    size
    employees
    website
    phones {
      number
      kind
      extension
    }
    emails {
      address
      kind
    }
    addresses {
      kind
      country
      region
      city
      street
      postalCode
    }
    description
    tags
    territory {
      id
      name
    }
    parent {
      id
      code
      name
    }
    children {
      id
      code
      name
    }
    competitorPurchases {
      competitorId
      product
      note
    }
    readOnlyFields
    version
    createdAt
    updatedAt
  }
  ${ACCOUNT_LIST_ITEM_FIELDS}
`;

export const ACCOUNT_CONTACT_FIELDS = gql`
  fragment AccountContactFields on AccountContact {
    contactId
    role
    position
    isPrimary
    since
    contact {
      ...ContactListItemFields
    }
  }
  ${CONTACT_LIST_ITEM_FIELDS}
`;

export const CONTRACT_FIELDS = gql`
  fragment ContractFields on Contract {
    id
    number
    title
    status
    signedOn
    startsOn
    endsOn
    amount
    currency
    file {
      fileName
      size
      downloadUrl
    }
    version
  }
`;

export const METRIC_VALUE_FIELDS = gql`
  fragment MetricValueFields on AccountMetricValue {
    id
    metric
    period
    amount
    currency
  }
`;
