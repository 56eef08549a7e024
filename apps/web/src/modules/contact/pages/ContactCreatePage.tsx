import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { filledCustomValues, mustFillRule, toCustomValueInputs, useCustomFields } from '../../custom-fields';
import { ContactDuplicateCheck } from '../../customer';
import { ContactForm } from '../components/form/ContactForm';
import { NEW_CONTACT_VALUES, toContactInput, withoutEmptyFields } from '../form-model';
import type { ContactFormValues } from '../form-model';
import { useCreateContact } from '../hooks/useCreateContact';
import { CONTACTS_PATH, contactPath } from '../paths';

export default function ContactCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { createContact } = useCreateContact();
  const customFields = useCustomFields('contact');

  const save = async (values: ContactFormValues) => {
    const custom = filledCustomValues(toCustomValueInputs(customFields.active, values.customFields));
    const id = await createContact({
      ...withoutEmptyFields(toContactInput(values)),
      ...(custom.length > 0 && { customFields: custom }),
    });
    void navigate(contactPath(id), { replace: true });
  };

  const form = () => {
    if (customFields.loading) return <LoadingState />;
    if (customFields.error) return <ErrorState error={customFields.error} onRetry={customFields.retry} />;
    return (
      <ContactForm
        initialValues={NEW_CONTACT_VALUES}
        customFields={customFields.active}
        mustFill={mustFillRule(null)}
        submitLabel={t('contact.create.submit')}
        onSave={save}
        onCancel={() => void navigate(CONTACTS_PATH)}
        notice={<ContactDuplicateCheck />}
      />
    );
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('contact.create.title')}
      </Typography.Title>
      <Card>{form()}</Card>
    </Flex>
  );
}
