import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../../ui/InlineError';
import { LoadingState } from '../../../../ui/LoadingState';
import { isStaleVersion } from '../../../../ui/api-errors';
import { toast } from '../../../../ui/toast';
import { changedCustomValues, mustFillRule, toCustomValueInputs, useCustomFields } from '../../../custom-fields';
import { changedFields, contactFieldAccess, toContactInput, toFormValues } from '../../form-model';
import type { ContactFormValues } from '../../form-model';
import type { ContactDetails } from '../../graphql/types';
import { useUpdateContact } from '../../hooks/useUpdateContact';
import { ContactForm } from '../form/ContactForm';

interface ContactEditorProps {
  contact: ContactDetails;
  onReload: () => void;
  onDone: () => void;
}

export function ContactEditor({ contact, onReload, onDone }: ContactEditorProps) {
  const { t } = useTranslation();
  const { updateContact } = useUpdateContact();
  const customFields = useCustomFields('contact');
  const fieldAccess = contactFieldAccess(contact);

  if (customFields.loading) return <LoadingState />;
  if (customFields.error) return <InlineError error={customFields.error} onRetry={customFields.retry} />;

  const initialValues = toFormValues(contact, customFields.fields);

  const save = async (values: ContactFormValues) => {
    const loaded = toContactInput(initialValues);
    const locked = new Set(Object.keys(loaded).filter((field) => fieldAccess(field) !== 'editable'));
    const changes = changedFields(loaded, toContactInput(values), locked);
    const custom = changedCustomValues(
      toCustomValueInputs(customFields.active, initialValues.customFields),
      toCustomValueInputs(customFields.active, values.customFields),
    );
    if (custom.length > 0) changes.customFields = custom;
    if (Object.keys(changes).length > 0) {
      await updateContact(contact, changes);
      toast.success(t('contact.card.saved'));
    }
    onDone();
  };

  return (
    <ContactForm
      // A reloaded contact has a new version: start the form again from the fresh values.
      key={contact.version}
      initialValues={initialValues}
      customFields={customFields.active}
      mustFill={mustFillRule(contact.customFields)}
      fieldAccess={fieldAccess}
      submitLabel={t('common.save')}
      onSave={save}
      onCancel={onDone}
      renderFailure={(error) =>
        isStaleVersion(error) && (
          <Alert
            type="warning"
            showIcon
            title={t('contact.card.staleVersion')}
            action={
              <Button size="small" onClick={onReload} data-testid="reload-contact">
                {t('contact.card.reload')}
              </Button>
            }
            data-testid="stale-version"
          />
        )
      }
    />
  );
}
