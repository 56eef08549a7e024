/** Scopes an API key can be granted; the label keys explain each one in the UI language. */
export const API_KEY_SCOPES = [
  { value: 'contact.read', labelKey: 'apiKeys.scope.contactRead' },
  { value: 'contact.create', labelKey: 'apiKeys.scope.contactCreate' },
  { value: 'contact.update', labelKey: 'apiKeys.scope.contactUpdate' },
  { value: 'contact.delete', labelKey: 'apiKeys.scope.contactDelete' },
  { value: 'contact.import', labelKey: 'apiKeys.scope.contactImport' },
  { value: 'contact.export', labelKey: 'apiKeys.scope.contactExport' },
  { value: 'schema.introspect', labelKey: 'apiKeys.scope.schemaIntrospect' },
] as const;
