export const CUSTOM_FIELDS_PATH = '/settings/fields';
