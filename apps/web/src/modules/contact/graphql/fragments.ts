import { gql } from '@apollo/client';
import { CUSTOM_FIELD_VALUE_FIELDS } from '../../custom-fields';

// Phones and e-mails are selected identically everywhere so that list and card never
// overwrite each other's cached copy with fewer fields.
export const CONTACT_LIST_ITEM_FIELDS = gql`
  fragment ContactListItemFields on Contact {
    id
    code
    fullName
    company
    tags
    phones {
      number
      kind
      extension
    }
    emails {
      address
      kind
    }
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

export const CONTACT_DETAILS_FIELDS = gql`
  fragment ContactDetailsFields on Contact {
    ...ContactListItemFields
    firstName
    middleName
    lastName
    position
    addresses {
      kind
      country
      region
      city
      street
      postalCode
    }
    birthday
    keyDates {
      label
      date
    }
    socialProfiles {
      network
      url
    }
    preferredChannel
    language
    description
    territory {
      id
      name
    }
    externalIds {
      system
      externalId
    }
    groups {
      id
      name
      kind
    }
    readOnlyFields
    completeness
    version
    createdAt
    updatedAt
  }
  ${CONTACT_LIST_ITEM_FIELDS}
`;

export const CONTACT_GROUP_FIELDS = gql`
  fragment ContactGroupFields on ContactGroup {
    id
    name
    kind
    memberCount
  }
`;

export const CONTACT_IMPORT_FIELDS = gql`
  fragment ContactImportFields on ContactImport {
    id
    entityType
    fileName
    status
    encoding
    delimiter
    columns {
      index
      header
      sample
      suggestedField
    }
    totalRows
    processedRows
    createdCount
    updatedCount
    skippedCount
    rejectedCount
    error
    rejectedReportUrl
  }
`;

export const CONTACT_EXPORT_FIELDS = gql`
  fragment ContactExportFields on ContactExport {
    id
    status
    totalRows
    processedRows
    downloadUrl
    error
  }
`;
