import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const LABELLED_FIELDS = [
  'code',
  'firstName',
  'middleName',
  'lastName',
  'fullName',
  'position',
  'company',
  'phones',
  'emails',
  'addresses',
  'birthday',
  'keyDates',
  'socialProfiles',
  'preferredChannel',
  'language',
  'description',
  'tags',
  'owner',
  'ownerId',
  'territory',
  'territoryId',
  'externalIds',
  'groups',
  'createdAt',
  'updatedAt',
] as const;
type LabelledField = (typeof LABELLED_FIELDS)[number];

function isLabelled(field: string): field is LabelledField {
  return (LABELLED_FIELDS as readonly string[]).includes(field);
}

/** "phones.1.number" → "Phones #2"; unknown fields (from newer servers) are shown as sent. */
export function useContactFieldLabel(): (fieldPath: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (fieldPath: string) => {
      const [field, index] = fieldPath.split('.');
      if (!isLabelled(field)) return fieldPath;
      const label = t(`contact.fields.${field}`);
      return index !== undefined && /^\d+$/.test(index) ? `${label} #${Number(index) + 1}` : label;
    },
    [t],
  );
}
