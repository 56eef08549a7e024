import { Button, Col, Divider, Flex, Form, Input, InputNumber, Row, Select } from 'antd';
import { useState } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../../ui/api-errors';
import type { ApiError, FieldError } from '../../../../ui/api-errors';
import { showFieldErrors } from '../../../../ui/form-errors';
import {
  AccessControlledField,
  AddressRowFields,
  AssignmentFields,
  EmailRowFields,
  NEW_ADDRESS_ROW,
  NEW_EMAIL_ROW,
  NEW_PHONE_ROW,
  PhoneRowFields,
  RepeatedRows,
} from '../../../contact';
import type { FieldAccess } from '../../../contact';
import { CustomFieldInputs } from '../../../custom-fields';
import type { CustomField } from '../../../custom-fields';
import { hasAccountFormInput, withoutBlankRows } from '../../form-model';
import type { AccountFormValues } from '../../form-model';
import { ACCOUNT_KINDS, COMPANY_SIZES } from '../../graphql/types';
import { AccountSelect } from './AccountSelect';
import { BankAccountRowFields } from './BankAccountRowFields';
import { CompetitorRowFields } from './CompetitorRowFields';
import { SaveFailureAlert } from './SaveFailureAlert';

interface SaveFailure {
  error: ApiError;
  /** Field errors the form has no input for. */
  unplaced: FieldError[];
}

interface AccountFormProps {
  initialValues: AccountFormValues;
  /** The account being edited: it cannot become its own parent. */
  accountId?: string;
  /** The active custom fields, in form order. */
  customFields: CustomField[];
  /** Which of them must be filled now (see mustFillRule). */
  mustFill: (field: CustomField) => boolean;
  fieldAccess?: (field: string) => FieldAccess;
  submitLabel: string;
  /** Rejects with an ApiError; field errors are then shown under their inputs. */
  onSave: (values: AccountFormValues) => Promise<void>;
  onCancel: () => void;
  /** Lets the caller replace the generic failure message (e.g. a stale-version alert). */
  renderFailure?: (error: ApiError) => ReactNode;
  /** Shown at the top, inside the form: e.g. a duplicate check watching the inputs. */
  notice?: ReactNode;
}

const ALL_EDITABLE = (): FieldAccess => 'editable';

/** Fields with one input (the lists and custom fields have their own components). */
type SingleField = Exclude<
  keyof AccountFormValues,
  'phones' | 'emails' | 'addresses' | 'bankAccounts' | 'competitorPurchases' | 'customFields'
>;

export function AccountForm(props: AccountFormProps) {
  const { initialValues, accountId, customFields, mustFill, submitLabel, onSave, onCancel, renderFailure, notice } = props;
  const fieldAccess = props.fieldAccess ?? ALL_EDITABLE;
  const { t } = useTranslation();
  const [form] = Form.useForm<AccountFormValues>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<SaveFailure | null>(null);

  const handleFinish = async () => {
    // getFieldsValue(true) also holds fields without an input (hidden ones), unlike onFinish's values.
    const values = withoutBlankRows(form.getFieldsValue(true) as AccountFormValues);
    // Keep the rows on screen identical to what is sent so that `bankAccounts.1.bik` finds its input.
    form.setFieldsValue(values);
    setFailure(null);
    setSaving(true);
    try {
      await onSave(values);
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = showFieldErrors(form, apiError.fields, (path) => hasAccountFormInput(values, customFields, path));
      setFailure({ error: apiError, unplaced });
    } finally {
      setSaving(false);
    }
  };

  const field = (name: SingleField, input: (disabled: boolean) => ReactElement, span = 8) => (
    <Col xs={24} md={span}>
      <AccessControlledField
        name={name}
        label={t(`account.fields.${name}`)}
        access={fieldAccess(name)}
        rules={name === 'name' ? [{ required: true, whitespace: true, message: t('account.form.nameRequired') }] : undefined}
      >
        {input}
      </AccessControlledField>
    </Col>
  );
  const textField = (name: SingleField, span = 8, inputMode?: 'numeric') =>
    field(name, (disabled) => <Input disabled={disabled} inputMode={inputMode} data-testid={name} />, span);

  return (
    <Form<AccountFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={handleFinish}
      scrollToFirstError
      data-testid="account-form"
    >
      <Flex vertical gap={16}>
        {failure &&
          (renderFailure?.(failure.error) || <SaveFailureAlert error={failure.error} unplacedFieldErrors={failure.unplaced} />)}
        {notice}
        <Row gutter={16}>
          {textField('name', 12)}
          {textField('legalName', 12)}
          {field('kinds', (disabled) => (
            <Select
              mode="multiple"
              disabled={disabled}
              options={ACCOUNT_KINDS.map((kind) => ({ value: kind, label: t(`account.kind.${kind}`) }))}
              data-testid="kinds"
            />
          ))}
          {field('parentId', (disabled) => (
            <AccountSelect excludeId={accountId} disabled={disabled} data-testid="parentId" />
          ))}
          {textField('industry')}
          {textField('region')}
          {field('size', (disabled) => (
            <Select
              allowClear
              disabled={disabled}
              options={COMPANY_SIZES.map((size) => ({ value: size, label: t(`account.size.${size}`) }))}
              data-testid="size"
            />
          ))}
          {field('employees', (disabled) => (
            <InputNumber disabled={disabled} min={0} precision={0} style={{ width: '100%' }} data-testid="employees" />
          ))}
          {textField('website', 12)}
        </Row>
        <Divider titlePlacement="start">{t('account.card.requisites')}</Divider>
        <Row gutter={16}>
          {textField('inn', 6, 'numeric')}
          {textField('kpp', 6, 'numeric')}
          {textField('ogrn', 6, 'numeric')}
          {textField('vatId', 6)}
        </Row>
        <RepeatedRows
          name="bankAccounts"
          label={t('account.fields.bankAccounts')}
          addLabel={t('account.form.addBankAccount')}
          access={fieldAccess('bankAccounts')}
          newRow={{}}
          testIdPrefix="bank"
          renderRow={(row, disabled) => <BankAccountRowFields field={row} disabled={disabled} />}
        />
        <Divider titlePlacement="start">{t('account.card.contactDetails')}</Divider>
        <RepeatedRows
          name="phones"
          label={t('account.fields.phones')}
          addLabel={t('contact.form.addPhone')}
          access={fieldAccess('phones')}
          newRow={NEW_PHONE_ROW}
          testIdPrefix="phone"
          renderRow={(row, disabled) => <PhoneRowFields field={row} disabled={disabled} />}
        />
        <RepeatedRows
          name="emails"
          label={t('account.fields.emails')}
          addLabel={t('contact.form.addEmail')}
          access={fieldAccess('emails')}
          newRow={NEW_EMAIL_ROW}
          testIdPrefix="email"
          renderRow={(row, disabled) => <EmailRowFields field={row} disabled={disabled} />}
        />
        <RepeatedRows
          name="addresses"
          label={t('account.fields.addresses')}
          addLabel={t('contact.form.addAddress')}
          access={fieldAccess('addresses')}
          newRow={NEW_ADDRESS_ROW}
          testIdPrefix="address"
          renderRow={(row, disabled) => <AddressRowFields field={row} disabled={disabled} />}
        />
        <RepeatedRows
          name="competitorPurchases"
          label={t('account.fields.competitorPurchases')}
          addLabel={t('account.form.addCompetitorPurchase')}
          access={fieldAccess('competitorPurchases')}
          newRow={{}}
          testIdPrefix="competitor"
          renderRow={(row, disabled) => <CompetitorRowFields field={row} disabled={disabled} />}
        />
        <AssignmentFields fieldAccess={fieldAccess} />
        <AccessControlledField name="description" label={t('account.fields.description')} access={fieldAccess('description')}>
          {(disabled) => <Input.TextArea disabled={disabled} autoSize={{ minRows: 3 }} data-testid="description" />}
        </AccessControlledField>
        <CustomFieldInputs fields={customFields} mustFill={mustFill} />
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="save-account">
            {submitLabel}
          </Button>
          <Button onClick={onCancel} disabled={saving} data-testid="cancel-account">
            {t('common.cancel')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
