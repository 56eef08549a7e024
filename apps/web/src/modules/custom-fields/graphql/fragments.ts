import { gql } from '@apollo/client';

export const CUSTOM_FIELD_FIELDS = gql`
  fragment CustomFieldFields on CustomField {
    id
    entityType
    key
    label
    type
    required
    options {
      key
      label
      archived
    }
    helpText
    section
    position
    currency
    archivedAt
    version
  }
`;

/**
 * Record values without their definitions: lists and cards select exactly this, so neither
 * overwrites the other's cached copy; the definitions come once from CUSTOM_FIELDS.
 */
export const CUSTOM_FIELD_VALUE_FIELDS = gql`
  fragment CustomFieldValueFields on CustomFieldValue {
    key
    text
    number
    date
    boolean
    options
  }
`;
