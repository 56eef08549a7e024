/** Account fields a CSV column can be mapped to (libs/account import target); custom.<key> too. */
export const ACCOUNT_IMPORT_FIELDS = [
  'name',
  'legalName',
  'inn',
  'kpp',
  'ogrn',
  'vatId',
  'kinds',
  'industry',
  'region',
  'city',
  'street',
  'postalCode',
  'country',
  'phone',
  'email',
  'website',
  'employees',
  'tags',
  'description',
  'externalId',
] as const;

/** Monthly metrics: the account (code, INN or external id), the month and a column per metric. */
export const METRIC_IMPORT_FIELDS = ['account', 'month', 'turnover', 'averageBalance', 'orderVolume'] as const;
