import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriteriaField, CriteriaRelation } from '../../graphql/types';

/** Built-in option values that the SPA already translates elsewhere, by field key. */
const OPTION_TEXTS: Record<string, string> = {
  preferredChannel: 'contact.channel',
  kinds: 'account.kind',
  size: 'account.size',
};

/**
 * The catalog's labels come from the server in English: built-in fields, relations and their
 * options are translated here (falling back to the server's text); admins' custom fields are
 * shown as they named them.
 */
export function useCatalogText() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      field: (entityType: string, field: CriteriaField) =>
        field.custom ? field.label : t(`segment.catalog.${entityType}.${field.key}`, field.label),
      relation: (entityType: string, relation: CriteriaRelation) =>
        t(`segment.relations.${entityType}.${relation.key}`, relation.label),
      option: (field: CriteriaField, option: { key: string; label: string }) => {
        const prefix = field.custom ? undefined : OPTION_TEXTS[field.key];
        return prefix ? t(`${prefix}.${option.key}`, option.label) : option.label;
      },
      op: (op: string) => t(`segment.op.${op}`, op),
    }),
    [t],
  );
}
