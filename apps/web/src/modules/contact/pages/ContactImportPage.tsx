import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { useCustomFields } from '../../custom-fields';
import { evictContactLists } from '../cache';
import { ImportWizard } from '../components/import/ImportWizard';
import { CONTACT_IMPORT_FIELDS, customFieldOptions } from '../import-fields';
import { CONTACTS_PATH } from '../paths';

export default function ContactImportPage() {
  const { t } = useTranslation();
  const customFields = useCustomFields('contact');

  // The server suggests custom fields too, so their definitions are needed before columns are matched.
  if (customFields.loading) return <LoadingState />;
  if (customFields.error) return <ErrorState error={customFields.error} onRetry={customFields.retry} />;

  return (
    <ImportWizard
      target={{
        entityType: 'contact',
        uploadUrl: '/api/contact-imports',
        title: t('contact.import.title'),
        fields: [
          ...CONTACT_IMPORT_FIELDS.map((field) => ({ value: field, label: t(`contact.import.field.${field}`) })),
          ...customFieldOptions(customFields.active),
        ],
        duplicatesLabel: t('contact.import.duplicates'),
        done: { path: CONTACTS_PATH, label: t('contact.import.toContacts') },
        evict: evictContactLists,
      }}
    />
  );
}
