export const DEALS_PATH = '/deals';
export const NEW_DEAL_PATH = '/deals/new';
export const SALES_ANALYTICS_PATH = '/sales/analytics';
export const SALES_SETTINGS_PATH = '/sales/settings';

export function dealPath(id: string): string {
  return `${DEALS_PATH}/${encodeURIComponent(id)}`;
}

/** The create form, prefilled with the account or contact it was opened from. */
export function newDealPath(prefill: { accountId?: string; contactId?: string } = {}): string {
  const params = new URLSearchParams();
  if (prefill.accountId) params.set('accountId', prefill.accountId);
  if (prefill.contactId) params.set('contactId', prefill.contactId);
  const query = params.toString();
  return query ? `${NEW_DEAL_PATH}?${query}` : NEW_DEAL_PATH;
}
