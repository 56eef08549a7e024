import { Button, Col, Flex, Form, Input, Row } from 'antd';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../../ui/api-errors';
import type { ApiError, FieldError } from '../../../../ui/api-errors';
import { showFieldErrors } from '../../../../ui/form-errors';
import { CustomFieldInputs } from '../../../custom-fields';
import type { CustomField } from '../../../custom-fields';
import {
  ALL_FIELDS_EDITABLE,
  hasContactFormInput,
  NEW_ADDRESS_ROW,
  NEW_EMAIL_ROW,
  NEW_PHONE_ROW,
  withoutBlankRows,
} from '../../form-model';
import type { ContactFormValues, FieldAccess } from '../../form-model';
import { AccessControlledField } from './AccessControlledField';
import { AddressRowFields } from './AddressRowFields';
import { AssignmentFields } from './AssignmentFields';
import { EmailRowFields } from './EmailRowFields';
import { KeyDateRowFields } from './KeyDateRowFields';
import { PhoneRowFields } from './PhoneRowFields';
import { PreferenceFields } from './PreferenceFields';
import { RepeatedRows } from './RepeatedRows';
import { SaveFailureAlert } from './SaveFailureAlert';
import { SocialProfileRowFields } from './SocialProfileRowFields';

interface SaveFailure {
  error: ApiError;
  /** Field errors the form has no input for. */
  unplaced: FieldError[];
}

interface ContactFormProps {
  initialValues: ContactFormValues;
  /** The active custom fields, in form order. */
  customFields: CustomField[];
  /** Which of them must be filled now (see mustFillRule). */
  mustFill: (field: CustomField) => boolean;
  fieldAccess?: (field: string) => FieldAccess;
  submitLabel: string;
  /** Rejects with an ApiError; field errors are then shown under their inputs. */
  onSave: (values: ContactFormValues) => Promise<void>;
  onCancel: () => void;
  /** Lets the caller replace the generic failure message (e.g. a stale-version alert). */
  renderFailure?: (error: ApiError) => ReactNode;
  /** Shown at the top, inside the form: e.g. a duplicate check watching the inputs. */
  notice?: ReactNode;
}

export function ContactForm(props: ContactFormProps) {
  const { initialValues, customFields, mustFill, submitLabel, onSave, onCancel, renderFailure, notice } = props;
  const fieldAccess = props.fieldAccess ?? ALL_FIELDS_EDITABLE;
  const { t } = useTranslation();
  const [form] = Form.useForm<ContactFormValues>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<SaveFailure | null>(null);

  const handleFinish = async () => {
    // getFieldsValue(true) also holds fields without an input (hidden ones), unlike onFinish's values.
    const values = withoutBlankRows(form.getFieldsValue(true) as ContactFormValues);
    // Keep the rows on screen identical to what is sent so that `phones.1.number` finds its input.
    form.setFieldsValue(values);
    setFailure(null);
    setSaving(true);
    try {
      await onSave(values);
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = showFieldErrors(form, apiError.fields, (path) => hasContactFormInput(values, customFields, path));
      setFailure({ error: apiError, unplaced });
    } finally {
      setSaving(false);
    }
  };

  const failureAlert = () => {
    if (!failure) return null;
    return (
      renderFailure?.(failure.error) || (
        <SaveFailureAlert error={failure.error} unplacedFieldErrors={failure.unplaced} />
      )
    );
  };

  const textField = (name: keyof ContactFormValues & string, label: string) => (
    <AccessControlledField name={name} label={label} access={fieldAccess(name)}>
      {(disabled) => <Input disabled={disabled} data-testid={name} />}
    </AccessControlledField>
  );

  return (
    <Form<ContactFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={handleFinish}
      scrollToFirstError
      data-testid="contact-form"
    >
      <Flex vertical gap={16}>
        {failureAlert()}
        {notice}
        <Row gutter={16}>
          <Col xs={24} md={8}>{textField('lastName', t('contact.fields.lastName'))}</Col>
          <Col xs={24} md={8}>{textField('firstName', t('contact.fields.firstName'))}</Col>
          <Col xs={24} md={8}>{textField('middleName', t('contact.fields.middleName'))}</Col>
          <Col xs={24} md={12}>{textField('company', t('contact.fields.company'))}</Col>
          <Col xs={24} md={12}>{textField('position', t('contact.fields.position'))}</Col>
        </Row>
        <RepeatedRows
          name="phones"
          label={t('contact.fields.phones')}
          addLabel={t('contact.form.addPhone')}
          access={fieldAccess('phones')}
          newRow={NEW_PHONE_ROW}
          testIdPrefix="phone"
          renderRow={(field, disabled) => <PhoneRowFields field={field} disabled={disabled} />}
        />
        <RepeatedRows
          name="emails"
          label={t('contact.fields.emails')}
          addLabel={t('contact.form.addEmail')}
          access={fieldAccess('emails')}
          newRow={NEW_EMAIL_ROW}
          testIdPrefix="email"
          renderRow={(field, disabled) => <EmailRowFields field={field} disabled={disabled} />}
        />
        <RepeatedRows
          name="addresses"
          label={t('contact.fields.addresses')}
          addLabel={t('contact.form.addAddress')}
          access={fieldAccess('addresses')}
          newRow={NEW_ADDRESS_ROW}
          testIdPrefix="address"
          renderRow={(field, disabled) => <AddressRowFields field={field} disabled={disabled} />}
        />
        <PreferenceFields fieldAccess={fieldAccess} initialLanguage={initialValues.language} />
        <RepeatedRows
          name="keyDates"
          label={t('contact.fields.keyDates')}
          addLabel={t('contact.form.addKeyDate')}
          access={fieldAccess('keyDates')}
          newRow={{}}
          testIdPrefix="key-date"
          renderRow={(field, disabled) => <KeyDateRowFields field={field} disabled={disabled} />}
        />
        <RepeatedRows
          name="socialProfiles"
          label={t('contact.fields.socialProfiles')}
          addLabel={t('contact.form.addSocialProfile')}
          access={fieldAccess('socialProfiles')}
          newRow={{}}
          testIdPrefix="social"
          renderRow={(field, disabled) => <SocialProfileRowFields field={field} disabled={disabled} />}
        />
        <AssignmentFields fieldAccess={fieldAccess} />
        <AccessControlledField name="description" label={t('contact.fields.description')} access={fieldAccess('description')}>
          {(disabled) => <Input.TextArea disabled={disabled} autoSize={{ minRows: 3 }} data-testid="description" />}
        </AccessControlledField>
        <CustomFieldInputs fields={customFields} mustFill={mustFill} />
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="save-contact">
            {submitLabel}
          </Button>
          <Button onClick={onCancel} disabled={saving} data-testid="cancel-contact">
            {t('common.cancel')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
