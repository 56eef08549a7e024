import { Form } from 'antd';
import type { FormRule } from 'antd';
import type { ReactElement } from 'react';
import type { FieldAccess } from '../../form-model';
import { HiddenValue } from './HiddenValue';

interface AccessControlledFieldProps {
  name: string;
  label: string;
  access: FieldAccess;
  rules?: FormRule[];
  /** Renders the input; `disabled` is true for read-only fields. */
  children: (disabled: boolean) => ReactElement;
}

export function AccessControlledField({ name, label, access, rules, children }: AccessControlledFieldProps) {
  if (access === 'hidden') {
    return (
      <Form.Item label={label}>
        <HiddenValue field={name} />
      </Form.Item>
    );
  }
  return (
    <Form.Item name={name} label={label} rules={rules}>
      {children(access === 'readOnly')}
    </Form.Item>
  );
}
