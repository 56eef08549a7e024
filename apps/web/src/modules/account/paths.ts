export const ACCOUNTS_PATH = '/accounts';
export const NEW_ACCOUNT_PATH = '/accounts/new';

export function accountPath(id: string): string {
  return `${ACCOUNTS_PATH}/${encodeURIComponent(id)}`;
}
