import { Col, DatePicker, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDateInputFormats } from '../../../../ui/date-input';
import { useFormatters } from '../../../../ui/format';
import type { FieldAccess } from '../../form-model';
import { PREFERRED_CHANNELS } from '../../graphql/types';
import { AccessControlledField } from './AccessControlledField';

/** Languages offered for a contact; a different stored value is kept as an extra option. */
const CONTACT_LANGUAGES = ['ru', 'en', 'kk', 'uk', 'be', 'uz', 'de', 'fr', 'es', 'it', 'tr', 'zh'];

interface PreferenceFieldsProps {
  fieldAccess: (field: string) => FieldAccess;
  initialLanguage: string | null | undefined;
}

export function PreferenceFields({ fieldAccess, initialLanguage }: PreferenceFieldsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const dateFormats = useDateInputFormats();
  const languageOptions = [...new Set([...CONTACT_LANGUAGES, ...(initialLanguage ? [initialLanguage] : [])])].map(
    (code) => ({ value: code, label: format.languageName(code) }),
  );

  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <AccessControlledField name="birthday" label={t('contact.fields.birthday')} access={fieldAccess('birthday')}>
          {(disabled) => (
            <DatePicker disabled={disabled} format={dateFormats} style={{ width: '100%' }} data-testid="birthday" />
          )}
        </AccessControlledField>
      </Col>
      <Col xs={24} md={8}>
        <AccessControlledField
          name="preferredChannel"
          label={t('contact.fields.preferredChannel')}
          access={fieldAccess('preferredChannel')}
        >
          {(disabled) => (
            <Select
              allowClear
              disabled={disabled}
              options={PREFERRED_CHANNELS.map((channel) => ({ value: channel, label: t(`contact.channel.${channel}`) }))}
              data-testid="preferredChannel"
            />
          )}
        </AccessControlledField>
      </Col>
      <Col xs={24} md={8}>
        <AccessControlledField name="language" label={t('contact.fields.language')} access={fieldAccess('language')}>
          {(disabled) => (
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              disabled={disabled}
              options={languageOptions}
              data-testid="language"
            />
          )}
        </AccessControlledField>
      </Col>
    </Row>
  );
}
