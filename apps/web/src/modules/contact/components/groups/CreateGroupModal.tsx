import { Alert, Form, Input, Modal, Radio } from 'antd';
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../../ui/api-errors';
import type { ApiError } from '../../../../ui/api-errors';
import { showFieldErrors } from '../../../../ui/form-errors';
import { testId } from '../../../../ui/test-id';
import { useErrorMessage } from '../../../../ui/useErrorMessage';
import type { ContactFilter, ContactGroup, ContactGroupKind } from '../../graphql/types';
import { useCreateContactGroup } from '../../hooks/useContactGroups';

interface CreateGroupFormValues {
  name: string;
  kind: ContactGroupKind;
}

interface CreateGroupModalProps {
  open: boolean;
  filter: ContactFilter;
  selectedContactIds: string[];
  onClose: () => void;
  onCreated: (group: ContactGroup) => void;
}

export function CreateGroupModal({ open, filter, selectedContactIds, onClose, onCreated }: CreateGroupModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateGroupFormValues>();
  const describeError = useErrorMessage();
  const { create, creating } = useCreateContactGroup();
  const [failure, setFailure] = useState<ApiError | null>(null);

  const handleFinish = async ({ name, kind }: CreateGroupFormValues) => {
    setFailure(null);
    try {
      const group = await create(
        kind === 'DYNAMIC'
          ? { kind, name: name.trim(), criteria: filter }
          : { kind, name: name.trim(), contactIds: selectedContactIds },
      );
      form.resetFields();
      onCreated(group);
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = showFieldErrors(form, apiError.fields, ([field]) => field === 'name');
      if (apiError.fields.length === 0 || unplaced.length > 0) setFailure(apiError);
    }
  };

  return (
    <Modal
      open={open}
      title={t('contact.groups.createTitle')}
      okText={t('contact.groups.create')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: creating, ...testId<ButtonProps>('create-group-submit') }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={{ kind: selectedContactIds.length > 0 ? 'STATIC' : 'DYNAMIC' }}
      >
        {failure && <Alert type="error" showIcon title={describeError(failure)} style={{ marginBottom: 16 }} />}
        <Form.Item
          name="name"
          label={t('contact.groups.name')}
          rules={[{ required: true, whitespace: true, message: t('contact.groups.nameRequired') }]}
        >
          <Input autoFocus data-testid="group-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('contact.groups.kind')}>
          <Radio.Group
            options={[
              { value: 'DYNAMIC', label: t('contact.groups.dynamicFromFilter') },
              {
                value: 'STATIC',
                label: t('contact.groups.staticFromSelection', { count: selectedContactIds.length }),
                disabled: selectedContactIds.length === 0,
              },
            ]}
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            data-testid="group-kind"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
