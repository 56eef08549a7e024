import { Alert, AutoComplete, Checkbox, Col, Form, Input, Modal, Row, Select } from 'antd';
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../../ui/api-errors';
import type { ApiError, FieldError } from '../../../../ui/api-errors';
import { showFieldErrors } from '../../../../ui/form-errors';
import type { FieldPath } from '../../../../ui/form-errors';
import { testId } from '../../../../ui/test-id';
import { useErrorMessage } from '../../../../ui/useErrorMessage';
import { CUSTOM_FIELD_TYPES } from '../../graphql/types';
import type { CustomField, CustomFieldOption, CustomFieldType, EntityType } from '../../graphql/types';
import { useSaveCustomField } from '../../hooks/useSaveCustomField';
import { suggestKey } from '../../key-suggestion';
import { OptionRows } from './OptionRows';
import type { OptionRow } from './OptionRows';

/** Offered for money fields; a field saved with another code keeps it. */
const CURRENCIES = ['RUB', 'USD', 'EUR', 'CNY', 'KZT', 'BYN', 'UZS', 'AED', 'TRY', 'GBP', 'CHF', 'JPY'];
const SELECT_TYPES: CustomFieldType[] = ['SELECT', 'MULTI_SELECT'];
const SINGLE_INPUTS = new Set(['label', 'key', 'type', 'currency', 'section', 'helpText']);

interface FieldFormValues {
  label: string;
  key: string;
  type: CustomFieldType;
  required: boolean;
  section?: string;
  helpText?: string;
  currency?: string;
  options: OptionRow[];
}

interface CustomFieldModalProps {
  entityType: EntityType;
  /** null: a new field. */
  field: CustomField | null;
  sections: string[];
  onClose: () => void;
}

function initialValues(field: CustomField | null): Partial<FieldFormValues> {
  if (!field) return { type: 'TEXT', required: false, options: [], currency: 'RUB' };
  return {
    label: field.label,
    key: field.key,
    type: field.type,
    required: field.required,
    section: field.section ?? undefined,
    helpText: field.helpText ?? undefined,
    currency: field.currency ?? undefined,
    options: field.options.filter((option) => !option.archived).map((option) => ({ ...option, saved: true })),
  };
}

const text = (value: string | undefined) => value?.trim() || null;

/** Creates or edits a custom field. Its key and type are fixed once it exists. */
export function CustomFieldModal({ entityType, field, sections, onClose }: CustomFieldModalProps) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const [form] = Form.useForm<FieldFormValues>();
  const { createField, updateField, saving } = useSaveCustomField();
  const [archivedOptions, setArchivedOptions] = useState<CustomFieldOption[]>(
    () => field?.options.filter((option) => option.archived) ?? [],
  );
  const [failure, setFailure] = useState<{ error: ApiError; unplaced: FieldError[] } | null>(null);
  const [keyTouched, setKeyTouched] = useState(field !== null);
  const type = Form.useWatch('type', form);

  const restoreOption = (option: CustomFieldOption) => {
    setArchivedOptions((current) => current.filter((candidate) => candidate.key !== option.key));
    form.setFieldValue('options', [...form.getFieldValue('options'), { key: option.key, label: option.label, saved: true }]);
  };

  const handleFinish = async (values: FieldFormValues) => {
    setFailure(null);
    const isSelect = SELECT_TYPES.includes(values.type);
    const options = isSelect
      ? [
          ...values.options.map((row) => ({
            key: row.key?.trim() || suggestKey(row.label ?? ''),
            label: row.label?.trim() ?? '',
            archived: false,
          })),
          ...archivedOptions.map((option) => ({ key: option.key, label: option.label, archived: true })),
        ]
      : undefined;
    const changes = {
      label: values.label.trim(),
      required: values.required,
      section: text(values.section),
      helpText: text(values.helpText),
      ...(values.type === 'MONEY' && { currency: values.currency }),
      ...(options && { options }),
    };
    try {
      if (field) await updateField(field, changes);
      else await createField({ ...changes, entityType, key: values.key.trim(), type: values.type });
      onClose();
    } catch (error) {
      const apiError = toApiError(error);
      const hasInput = (path: FieldPath) => {
        const [name, index, part] = path;
        if (path.length === 1) return typeof name === 'string' && SINGLE_INPUTS.has(name);
        return name === 'options' && typeof index === 'number' && index < values.options.length && (part === 'key' || part === 'label');
      };
      setFailure({ error: apiError, unplaced: showFieldErrors(form, apiError.fields, hasInput) });
    }
  };

  return (
    <Modal
      open
      width={720}
      title={field ? t('customFields.editTitle', { label: field.label }) : t('customFields.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: saving, ...testId<ButtonProps>('save-custom-field') }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<FieldFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues(field)}
        onFinish={handleFinish}
        onValuesChange={(changed: Partial<FieldFormValues>) => {
          if (changed.label !== undefined && !keyTouched) form.setFieldValue('key', suggestKey(changed.label));
        }}
        data-testid="custom-field-form"
      >
        {failure && (failure.error.fields.length === 0 || failure.unplaced.length > 0) && (
          <Alert
            type="error"
            showIcon
            title={describeError(failure.error)}
            description={
              failure.unplaced.length > 0 && (
                <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                  {failure.unplaced.map(({ field: path, message }) => (
                    <li key={`${path}:${message}`}>{`${path}: ${message}`}</li>
                  ))}
                </ul>
              )
            }
            style={{ marginBottom: 16 }}
          />
        )}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="label"
              label={t('customFields.label')}
              rules={[{ required: true, whitespace: true, message: t('customFields.labelRequired') }]}
            >
              <Input autoFocus data-testid="custom-field-label" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="key"
              label={t('customFields.key')}
              extra={field ? t('customFields.keyFixed') : t('customFields.keyHint')}
              rules={[{ required: true, pattern: /^[a-z][a-z0-9_]{0,39}$/, message: t('customFields.keyInvalid') }]}
            >
              <Input disabled={field !== null} onChange={() => setKeyTouched(true)} data-testid="custom-field-key" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="type" label={t('customFields.type')} extra={field ? t('customFields.typeFixed') : undefined}>
              <Select
                disabled={field !== null}
                options={CUSTOM_FIELD_TYPES.map((value) => ({ value, label: t(`customFields.types.${value}`) }))}
                data-testid="custom-field-type"
              />
            </Form.Item>
          </Col>
          {type === 'MONEY' && (
            <Col xs={24} md={12}>
              <Form.Item name="currency" label={t('customFields.currency')} rules={[{ required: true, message: t('customFields.currencyRequired') }]}>
                <Select
                  showSearch
                  options={[...new Set([...CURRENCIES, ...(field?.currency ? [field.currency] : [])])].map((code) => ({ value: code, label: code }))}
                  data-testid="custom-field-currency"
                />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={12}>
            <Form.Item name="section" label={t('customFields.section')} extra={t('customFields.sectionHint')}>
              <AutoComplete
                options={sections.map((section) => ({ value: section }))}
                filterOption={(input, option) => option?.value.toLowerCase().includes(input.toLowerCase()) ?? false}
                data-testid="custom-field-section"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="required" valuePropName="checked" label=" " colon={false}>
              <Checkbox data-testid="custom-field-required">{t('customFields.requiredLabel')}</Checkbox>
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="helpText" label={t('customFields.helpText')}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} data-testid="custom-field-help" />
            </Form.Item>
          </Col>
        </Row>
        {type && SELECT_TYPES.includes(type) && (
          <OptionRows archivedOptions={archivedOptions} onRestore={restoreOption} />
        )}
      </Form>
    </Modal>
  );
}
