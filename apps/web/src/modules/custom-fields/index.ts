export { CompletenessProgress } from './components/CompletenessProgress';
export { CustomColumnsPicker } from './components/CustomColumnsPicker';
export { CustomFieldInputs } from './components/CustomFieldInputs';
export { CustomFieldValuesView } from './components/CustomFieldValuesView';
export { RecordSortControl } from './components/RecordSortControl';
export { CUSTOM_FIELD_VALUE_FIELDS } from './graphql/fragments';
export { ENTITY_TYPES, isEntityType } from './graphql/types';
export type { CustomField, CustomFieldValue, CustomValueInput, EntityType } from './graphql/types';
export { useCustomChange } from './hooks/useCustomChange';
export { useCustomColumns } from './hooks/useCustomColumns';
export { useCustomFields } from './hooks/useCustomFields';
export { useCustomListColumns } from './hooks/useCustomListColumns';
export { useCustomValueText } from './hooks/useCustomValueText';
export { DEFAULT_ORDER, orderValue, parseOrder } from './order';
export type { RecordOrderBy } from './order';
export { CUSTOM_FIELDS_PATH } from './paths';
export { canManageCustomFields } from './permissions';
export { customFieldRoutes } from './routes';
export {
  changedCustomValues,
  filledCustomValues,
  isCustomFieldInput,
  mustFillRule,
  rawValuesByKey,
  toCustomFormValues,
  toCustomValueInputs,
} from './value-model';
export type { CustomFormValues } from './value-model';
