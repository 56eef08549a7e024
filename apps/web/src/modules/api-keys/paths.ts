export const API_KEYS_PATH = '/settings/api-keys';
