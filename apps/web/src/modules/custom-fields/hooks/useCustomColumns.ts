import { useState } from 'react';
import type { CustomField, EntityType } from '../graphql/types';

const storageKey = (entityType: EntityType) => `crm.columns.${entityType}`;

function readKeys(entityType: EntityType): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey(entityType)) ?? '[]');
    return Array.isArray(stored) ? stored.filter((key): key is string => typeof key === 'string') : [];
  } catch {
    return [];
  }
}

/** The custom fields a user shows as list columns; a view preference, so it stays in this browser. */
export function useCustomColumns(entityType: EntityType, activeFields: CustomField[]) {
  const [keys, setKeys] = useState(() => readKeys(entityType));
  const change = (next: string[]) => {
    setKeys(next);
    localStorage.setItem(storageKey(entityType), JSON.stringify(next));
  };
  return { keys, columns: activeFields.filter((field) => keys.includes(field.key)), change };
}
