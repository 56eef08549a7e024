export const ACCOUNTS_PATH = '/accounts';
export const NEW_ACCOUNT_PATH = '/accounts/new';
export const ACCOUNT_IMPORT_PATH = '/accounts/import';
export const METRIC_IMPORT_PATH = '/accounts/import-metrics';

export function accountPath(id: string): string {
  return `${ACCOUNTS_PATH}/${encodeURIComponent(id)}`;
}
