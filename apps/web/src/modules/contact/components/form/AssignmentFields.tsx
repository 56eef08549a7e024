import { Col, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldAccess } from '../../form-model';
import { useOwnerOptions, useTerritoryOptions } from '../../../directory';
import { AccessControlledField } from './AccessControlledField';

/** Tags, owner and territory: who the contact belongs to and how it is classified. */
export function AssignmentFields({ fieldAccess }: { fieldAccess: (field: string) => FieldAccess }) {
  const { t } = useTranslation();
  const owners = useOwnerOptions();
  const territories = useTerritoryOptions();

  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <AccessControlledField name="tags" label={t('contact.fields.tags')} access={fieldAccess('tags')}>
          {(disabled) => (
            <Select mode="tags" open={false} tokenSeparators={[',']} disabled={disabled} data-testid="tags" />
          )}
        </AccessControlledField>
      </Col>
      <Col xs={24} md={8}>
        <AccessControlledField name="ownerId" label={t('contact.fields.owner')} access={fieldAccess('ownerId')}>
          {(disabled) => (
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              disabled={disabled}
              options={owners.options}
              loading={owners.loading}
              placeholder={t('contact.form.ownerDefault')}
              data-testid="ownerId"
            />
          )}
        </AccessControlledField>
      </Col>
      <Col xs={24} md={8}>
        <AccessControlledField
          name="territoryId"
          label={t('contact.fields.territory')}
          access={fieldAccess('territoryId')}
        >
          {(disabled) => (
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              disabled={disabled}
              options={territories.options}
              loading={territories.loading}
              data-testid="territoryId"
            />
          )}
        </AccessControlledField>
      </Col>
    </Row>
  );
}
