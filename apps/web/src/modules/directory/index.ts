export { useOwnerOptions, useTerritoryOptions } from './hooks/usePickerOptions';
