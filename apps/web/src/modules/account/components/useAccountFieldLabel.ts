import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const LABELLED_FIELDS = [
  'code',
  'name',
  'legalName',
  'kinds',
  'parent',
  'parentId',
  'children',
  'industry',
  'region',
  'size',
  'employees',
  'website',
  'phones',
  'emails',
  'addresses',
  'inn',
  'kpp',
  'ogrn',
  'vatId',
  'bankAccounts',
  'competitorPurchases',
  'description',
  'tags',
  'owner',
  'ownerId',
  'territory',
  'territoryId',
  'completeness',
  'createdAt',
  'updatedAt',
] as const;
type LabelledField = (typeof LABELLED_FIELDS)[number];

function isLabelled(field: string): field is LabelledField {
  return (LABELLED_FIELDS as readonly string[]).includes(field);
}

/** "bankAccounts.1.bik" → "Bank accounts #2"; unknown fields (from newer servers) are shown as sent. */
export function useAccountFieldLabel(): (fieldPath: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (fieldPath: string) => {
      const [field, index] = fieldPath.split('.');
      if (!isLabelled(field)) return fieldPath;
      const label = t(`account.fields.${field}`);
      return index !== undefined && /^\d+$/.test(index) ? `${label} #${Number(index) + 1}` : label;
    },
    [t],
  );
}
