// The contact details that accounts reuse (phones, e-mails, addresses, owner), the timeline item
// that shows contacts' events on an account's timeline, the CSV import wizard (accounts import
// through it too) and what merging contacts needs.
export { evictContactLists, evictContactTimeline } from './cache';
export { TimelineEventItem } from './components/card/TimelineEventItem';
export { AccessControlledField } from './components/form/AccessControlledField';
export { AddressRowFields } from './components/form/AddressRowFields';
export { AssignmentFields } from './components/form/AssignmentFields';
export { EmailRowFields } from './components/form/EmailRowFields';
export { HiddenValue } from './components/form/HiddenValue';
export { PhoneRowFields } from './components/form/PhoneRowFields';
export { RepeatedRows } from './components/form/RepeatedRows';
export { requiredInFilledRow } from './components/form/row-rules';
export { ImportWizard } from './components/import/ImportWizard';
export { useContactFieldLabel } from './components/useContactFieldLabel';
export {
  changedFields,
  isBlankRow,
  NEW_ADDRESS_ROW,
  NEW_EMAIL_ROW,
  NEW_PHONE_ROW,
  withoutEmptyFields,
} from './form-model';
export type { AddressRow, EmailRow, FieldAccess, PhoneRow } from './form-model';
export { CONTACT_DETAILS_FIELDS, CONTACT_LIST_ITEM_FIELDS } from './graphql/fragments';
export type {
  ContactAddress,
  ContactDetails,
  ContactEmail,
  ContactListItem,
  ContactPhone,
  TimelineEvent,
} from './graphql/types';
export { customFieldOptions } from './import-fields';
export type { ImportTarget } from './import-fields';
export { CONTACTS_PATH, contactPath } from './paths';
export { contactRoutes } from './routes';
export { contactTypePolicies } from './type-policies';
