import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { CONTACT_EXPORT_FIELDS, CONTACT_IMPORT_FIELDS } from './fragments';
import type {
  ContactExportData,
  ContactImportData,
  IdVariables,
  ExportContactsData,
  ExportContactsVariables,
  StartContactImportData,
  StartContactImportVariables,
} from './types';

export const CONTACT_IMPORT: TypedDocumentNode<ContactImportData, IdVariables> = gql`
  query ContactImport($id: String!) {
    contactImport(id: $id) {
      ...ContactImportFields
    }
  }
  ${CONTACT_IMPORT_FIELDS}
`;

export const START_CONTACT_IMPORT: TypedDocumentNode<StartContactImportData, StartContactImportVariables> = gql`
  mutation StartContactImport($input: StartContactImportInput!) {
    startContactImport(input: $input) {
      import {
        ...ContactImportFields
      }
    }
  }
  ${CONTACT_IMPORT_FIELDS}
`;

export const EXPORT_CONTACTS: TypedDocumentNode<ExportContactsData, ExportContactsVariables> = gql`
  mutation ExportContacts($input: ExportContactsInput!) {
    exportContacts(input: $input) {
      export {
        ...ContactExportFields
      }
    }
  }
  ${CONTACT_EXPORT_FIELDS}
`;

export const CONTACT_EXPORT: TypedDocumentNode<ContactExportData, IdVariables> = gql`
  query ContactExport($id: String!) {
    contactExport(id: $id) {
      ...ContactExportFields
    }
  }
  ${CONTACT_EXPORT_FIELDS}
`;
