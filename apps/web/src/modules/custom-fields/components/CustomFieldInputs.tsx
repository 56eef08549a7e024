import { Col, Divider, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomField } from '../graphql/types';
import { groupBySection } from '../sections';
import { CustomFieldItem } from './CustomFieldItem';

interface CustomFieldInputsProps {
  /** The active fields, in form order. */
  fields: CustomField[];
  /**
   * Whether a value must be given now: a new record must fill every required field, an existing
   * one may not clear one it has (the server says the same).
   */
  mustFill: (field: CustomField) => boolean;
  disabled?: boolean;
}

/** The portrait's inputs of a record form, by section, under the form value `customFields`. */
export function CustomFieldInputs({ fields, mustFill, disabled }: CustomFieldInputsProps) {
  const { t } = useTranslation();
  if (fields.length === 0) return null;
  return (
    <div data-testid="custom-field-inputs">
      {groupBySection(fields).map((section) => (
        <div key={section.name ?? ''}>
          <Divider titlePlacement="start">{section.name ?? t('customFields.otherSection')}</Divider>
          <Row gutter={16}>
            {section.fields.map((field) => (
              <Col key={field.key} xs={24} md={12}>
                <CustomFieldItem field={field} required={mustFill(field)} disabled={disabled} />
              </Col>
            ))}
          </Row>
        </div>
      ))}
    </div>
  );
}
