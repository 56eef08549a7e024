/** Scopes an API key can be granted, by module; the label keys explain each one in the UI language. */
export const API_KEY_SCOPE_GROUPS = [
  {
    titleKey: 'apiKeys.group.contacts',
    scopes: [
      { value: 'contact.read', labelKey: 'apiKeys.scope.contactRead' },
      { value: 'contact.create', labelKey: 'apiKeys.scope.contactCreate' },
      { value: 'contact.update', labelKey: 'apiKeys.scope.contactUpdate' },
      { value: 'contact.delete', labelKey: 'apiKeys.scope.contactDelete' },
      { value: 'contact.import', labelKey: 'apiKeys.scope.contactImport' },
      { value: 'contact.export', labelKey: 'apiKeys.scope.contactExport' },
      { value: 'contact.merge', labelKey: 'apiKeys.scope.contactMerge' },
    ],
  },
  {
    titleKey: 'apiKeys.group.accounts',
    scopes: [
      { value: 'account.read', labelKey: 'apiKeys.scope.accountRead' },
      { value: 'account.create', labelKey: 'apiKeys.scope.accountCreate' },
      { value: 'account.update', labelKey: 'apiKeys.scope.accountUpdate' },
      { value: 'account.delete', labelKey: 'apiKeys.scope.accountDelete' },
      { value: 'account.import', labelKey: 'apiKeys.scope.accountImport' },
      { value: 'account.export', labelKey: 'apiKeys.scope.accountExport' },
      { value: 'account.merge', labelKey: 'apiKeys.scope.accountMerge' },
    ],
  },
  {
    titleKey: 'apiKeys.group.sales',
    scopes: [
      { value: 'deal.read', labelKey: 'apiKeys.scope.dealRead' },
      { value: 'deal.create', labelKey: 'apiKeys.scope.dealCreate' },
      { value: 'deal.update', labelKey: 'apiKeys.scope.dealUpdate' },
      { value: 'deal.delete', labelKey: 'apiKeys.scope.dealDelete' },
      { value: 'product.read', labelKey: 'apiKeys.scope.productRead' },
      { value: 'product.manage', labelKey: 'apiKeys.scope.productManage' },
      { value: 'pipeline.manage', labelKey: 'apiKeys.scope.pipelineManage' },
      { value: 'plan.read', labelKey: 'apiKeys.scope.planRead' },
      { value: 'plan.manage', labelKey: 'apiKeys.scope.planManage' },
      { value: 'sales.analytics', labelKey: 'apiKeys.scope.salesAnalytics' },
      { value: 'sales.departmentTotals', labelKey: 'apiKeys.scope.salesDepartmentTotals' },
    ],
  },
  {
    titleKey: 'apiKeys.group.portrait',
    scopes: [
      { value: 'segment.read', labelKey: 'apiKeys.scope.segmentRead' },
      { value: 'segment.manage', labelKey: 'apiKeys.scope.segmentManage' },
      { value: 'customField.manage', labelKey: 'apiKeys.scope.customFieldManage' },
    ],
  },
  {
    titleKey: 'apiKeys.group.api',
    scopes: [
      { value: 'schema.introspect', labelKey: 'apiKeys.scope.schemaIntrospect' },
    ],
  },
] as const;
