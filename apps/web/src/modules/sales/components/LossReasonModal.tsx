import { Form, Input, Modal, Select } from 'antd';
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../ui/InlineError';
import { testId } from '../../../ui/test-id';
import { useLossReasons } from '../hooks/useSalesReferences';

export interface LossValues {
  lossReasonId: string;
  lossNote?: string;
}

interface LossReasonModalProps {
  open: boolean;
  dealTitle: string;
  onCancel: () => void;
  /** Closes the modal when it resolves; a rejection keeps it open (the caller shows the error). */
  onSubmit: (values: LossValues) => Promise<void>;
}

/** Asks why a deal was lost before it is moved into a LOST stage. */
export function LossReasonModal({ open, dealTitle, onCancel, onSubmit }: LossReasonModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LossValues>();
  const { reasons, loading, error, retry } = useLossReasons();
  const [saving, setSaving] = useState(false);

  const handleFinish = async (values: LossValues) => {
    setSaving(true);
    try {
      await onSubmit(values);
      form.resetFields();
    } catch {
      // Shown by the caller; the modal stays open to try again.
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('sales.loss.title', { title: dealTitle })}
      okText={t('sales.loss.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={() => {
        form.resetFields();
        onCancel();
      }}
      confirmLoading={saving}
      okButtonProps={testId<ButtonProps>('loss-reason-submit')}
      cancelButtonProps={testId<ButtonProps>('loss-reason-cancel')}
      destroyOnHidden
    >
      <div data-testid="loss-reason-modal">
        {error ? (
          <InlineError error={error} onRetry={retry} />
        ) : (
          <Form form={form} layout="vertical" onFinish={handleFinish}>
            <Form.Item
              name="lossReasonId"
              label={t('sales.loss.reason')}
              rules={[{ required: true, message: t('sales.loss.reasonRequired') }]}
            >
              <Select
                loading={loading}
                options={reasons.map((reason) => ({ value: reason.id, label: reason.name }))}
                data-testid="loss-reason-select"
              />
            </Form.Item>
            <Form.Item name="lossNote" label={t('sales.loss.note')}>
              <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} data-testid="loss-note" />
            </Form.Item>
          </Form>
        )}
      </div>
    </Modal>
  );
}
