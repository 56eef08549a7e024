import { Alert, Checkbox, Flex, Form, Input, Modal, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../ui/api-errors';
import type { ApiError } from '../../../ui/api-errors';
import { showFieldErrors } from '../../../ui/form-errors';
import { testId } from '../../../ui/test-id';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useCreateApiKey } from '../hooks/useCreateApiKey';
import { API_KEY_SCOPE_GROUPS } from '../scopes';

interface CreateApiKeyFormValues {
  name: string;
  scopes: string[];
}

interface CreateApiKeyModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: (secret: string) => void;
}

export function CreateApiKeyModal({ open, onClose, onCreated }: CreateApiKeyModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateApiKeyFormValues>();
  const describeError = useErrorMessage();
  const { createApiKey, creating } = useCreateApiKey();
  const [failure, setFailure] = useState<ApiError | null>(null);

  const handleFinish = async (values: CreateApiKeyFormValues) => {
    setFailure(null);
    try {
      const secret = await createApiKey({ name: values.name.trim(), scopes: values.scopes });
      form.resetFields();
      onCreated(secret);
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = showFieldErrors(form, apiError.fields, ([name]) => name === 'name' || name === 'scopes');
      if (apiError.fields.length === 0 || unplaced.length > 0) setFailure(apiError);
    }
  };

  return (
    <Modal
      open={open}
      title={t('apiKeys.createTitle')}
      okText={t('apiKeys.create')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: creating, ...testId<ButtonProps>('create-api-key-submit') }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={handleFinish} initialValues={{ scopes: [] }}>
        {failure && <Alert type="error" showIcon title={describeError(failure)} style={{ marginBottom: 16 }} />}
        <Form.Item
          name="name"
          label={t('apiKeys.name')}
          rules={[{ required: true, whitespace: true, message: t('apiKeys.nameRequired') }]}
        >
          <Input autoFocus data-testid="api-key-name" />
        </Form.Item>
        <Form.Item
          name="scopes"
          label={t('apiKeys.scopes')}
          rules={[{ required: true, type: 'array', min: 1, message: t('apiKeys.scopesRequired') }]}
        >
          <Checkbox.Group data-testid="api-key-scopes">
            <Flex vertical gap={12}>
              {API_KEY_SCOPE_GROUPS.map((group) => (
                <Flex vertical gap={4} key={group.titleKey}>
                  <Typography.Text strong>{t(group.titleKey)}</Typography.Text>
                  {group.scopes.map((scope) => (
                    <Checkbox key={scope.value} value={scope.value} data-testid={`scope-${scope.value}`}>
                      <code>{scope.value}</code> — {t(scope.labelKey)}
                    </Checkbox>
                  ))}
                </Flex>
              ))}
            </Flex>
          </Checkbox.Group>
        </Form.Item>
      </Form>
    </Modal>
  );
}
