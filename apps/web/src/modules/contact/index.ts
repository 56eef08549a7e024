// The contact details that accounts reuse (phones, e-mails, addresses, owner), and the timeline
// item that shows contacts' events on an account's timeline.
export { TimelineEventItem } from './components/card/TimelineEventItem';
export { AccessControlledField } from './components/form/AccessControlledField';
export { AddressRowFields } from './components/form/AddressRowFields';
export { AssignmentFields } from './components/form/AssignmentFields';
export { EmailRowFields } from './components/form/EmailRowFields';
export { HiddenValue } from './components/form/HiddenValue';
export { PhoneRowFields } from './components/form/PhoneRowFields';
export { RepeatedRows } from './components/form/RepeatedRows';
export { requiredInFilledRow } from './components/form/row-rules';
export {
  changedFields,
  isBlankRow,
  NEW_ADDRESS_ROW,
  NEW_EMAIL_ROW,
  NEW_PHONE_ROW,
  withoutEmptyFields,
} from './form-model';
export type { AddressRow, EmailRow, FieldAccess, PhoneRow } from './form-model';
export { CONTACT_LIST_ITEM_FIELDS } from './graphql/fragments';
export type { ContactAddress, ContactEmail, ContactListItem, ContactPhone, TimelineEvent } from './graphql/types';
export { CONTACTS_PATH, contactPath } from './paths';
export { contactRoutes } from './routes';
export { contactTypePolicies } from './type-policies';
