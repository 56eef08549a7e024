import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ContactForm } from '../components/form/ContactForm';
import { NEW_CONTACT_VALUES, toContactInput, withoutEmptyFields } from '../form-model';
import type { ContactFormValues } from '../form-model';
import { useCreateContact } from '../hooks/useCreateContact';
import { CONTACTS_PATH, contactPath } from '../paths';

export default function ContactCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { createContact } = useCreateContact();

  const save = async (values: ContactFormValues) => {
    const id = await createContact(withoutEmptyFields(toContactInput(values)));
    void navigate(contactPath(id), { replace: true });
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('contact.create.title')}
      </Typography.Title>
      <Card>
        <ContactForm
          initialValues={NEW_CONTACT_VALUES}
          submitLabel={t('contact.create.submit')}
          onSave={save}
          onCancel={() => void navigate(CONTACTS_PATH)}
        />
      </Card>
    </Flex>
  );
}
