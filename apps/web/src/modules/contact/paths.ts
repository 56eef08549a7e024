export const CONTACTS_PATH = '/contacts';
export const NEW_CONTACT_PATH = '/contacts/new';
export const CONTACT_IMPORT_PATH = '/contacts/import';

export function contactPath(id: string): string {
  return `${CONTACTS_PATH}/${encodeURIComponent(id)}`;
}
