import { Alert, Checkbox, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../../ui/api-errors';
import type { ApiError } from '../../../../ui/api-errors';
import { useDateInputFormats } from '../../../../ui/date-input';
import { showFieldErrors } from '../../../../ui/form-errors';
import { testId } from '../../../../ui/test-id';
import { useErrorMessage } from '../../../../ui/useErrorMessage';
import type { AccountContactLink } from '../../graphql/types';
import { useContactSearch, useLinkContact } from '../../hooks/useAccountContacts';

interface LinkFormValues {
  contactId?: string;
  role?: string;
  position?: string;
  isPrimary: boolean;
  since?: Dayjs | null;
}

interface LinkContactModalProps {
  accountId: string;
  /** null: link a new contact; otherwise edit this link. */
  link: AccountContactLink | null;
  onClose: () => void;
}

const INPUTS = new Set(['contactId', 'role', 'position', 'isPrimary', 'since']);
const text = (value: string | undefined) => value?.trim() || null;

/** Links an existing contact (found by name, phone, e-mail or code), or edits a link's details. */
export function LinkContactModal({ accountId, link, onClose }: LinkContactModalProps) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const dateFormats = useDateInputFormats();
  const [form] = Form.useForm<LinkFormValues>();
  const [query, setQuery] = useState('');
  const search = useContactSearch(query);
  const { link: save, linking } = useLinkContact(accountId);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const handleFinish = async (values: LinkFormValues) => {
    setFailure(null);
    try {
      await save({
        contactId: link?.contactId ?? values.contactId ?? '',
        role: text(values.role),
        position: text(values.position),
        isPrimary: values.isPrimary,
        since: values.since ? values.since.format('YYYY-MM-DD') : null,
      });
      onClose();
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = showFieldErrors(form, apiError.fields, ([name]) => typeof name === 'string' && INPUTS.has(name));
      if (apiError.fields.length === 0 || unplaced.length > 0) setFailure(apiError);
    }
  };

  const contactOptions = link
    ? [{ value: link.contactId, label: link.contact?.fullName ?? link.contactId }]
    : search.contacts.map((contact) => ({
        value: contact.id,
        label: [contact.fullName, contact.company, contact.code].filter(Boolean).join(' · '),
      }));

  return (
    <Modal
      open
      title={link ? t('account.contacts.editTitle', { name: link.contact?.fullName ?? '' }) : t('account.contacts.linkTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: linking, ...testId<ButtonProps>('save-link') }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<LinkFormValues>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={{
          contactId: link?.contactId,
          role: link?.role ?? undefined,
          position: link?.position ?? undefined,
          isPrimary: link?.isPrimary ?? false,
          since: link?.since ? dayjs(link.since) : null,
        }}
      >
        {failure && <Alert type="error" showIcon title={describeError(failure)} style={{ marginBottom: 16 }} />}
        <Form.Item
          name="contactId"
          label={t('account.contacts.contact')}
          rules={[{ required: true, message: t('account.contacts.contactRequired') }]}
        >
          <Select
            showSearch={{ filterOption: false, onSearch: setQuery }}
            disabled={link !== null}
            loading={search.loading}
            options={contactOptions}
            placeholder={t('account.contacts.searchPlaceholder')}
            notFoundContent={query.trim().length < 2 ? t('account.contacts.typeToSearch') : undefined}
            data-testid="link-contact-search"
          />
        </Form.Item>
        <Form.Item name="role" label={t('account.contacts.role')} extra={t('account.contacts.roleHint')}>
          <Input data-testid="link-role" />
        </Form.Item>
        <Form.Item name="position" label={t('account.contacts.position')}>
          <Input data-testid="link-position" />
        </Form.Item>
        <Form.Item name="since" label={t('account.contacts.since')}>
          <DatePicker format={dateFormats} data-testid="link-since" />
        </Form.Item>
        <Form.Item name="isPrimary" valuePropName="checked">
          <Checkbox data-testid="link-primary">{t('account.contacts.primary')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
