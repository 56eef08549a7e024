import { Alert, Button, Flex, Form, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../../ui/api-errors';
import type { ApiError } from '../../../../ui/api-errors';
import { useErrorMessage } from '../../../../ui/useErrorMessage';
import { CSV_ENCODINGS } from '../../graphql/types';
import type { ContactImport } from '../../graphql/types';
import { useStartContactImport } from '../../hooks/useContactImport';
import { useImportSettings } from '../../hooks/useImportSettings';
import { DELIMITERS, ENCODING_LABELS } from '../../import-fields';
import type { ImportTarget } from '../../import-fields';
import { ColumnMappingTable } from './ColumnMappingTable';

export function ImportMappingStep({ contactImport, target }: { contactImport: ContactImport; target: ImportTarget }) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const settings = useImportSettings(contactImport, target.fields);
  const { start, starting } = useStartContactImport();
  const [failure, setFailure] = useState<ApiError | null>(null);

  const handleStart = async () => {
    setFailure(null);
    try {
      await start(settings.toStartInput());
    } catch (error) {
      setFailure(toApiError(error));
    }
  };

  return (
    <Flex vertical gap={16}>
      {failure && (
        <Alert
          type="error"
          showIcon
          title={describeError(failure)}
          description={failure.fields.length > 1 && failure.fields.map((field) => field.message).join('; ')}
          data-testid="import-start-error"
        />
      )}
      <Form layout="inline">
        <Form.Item label={t('contact.import.encoding')}>
          <Select
            value={settings.encoding}
            onChange={settings.setEncoding}
            options={CSV_ENCODINGS.map((encoding) => ({ value: encoding, label: ENCODING_LABELS[encoding] }))}
            style={{ width: 160 }}
            data-testid="import-encoding"
          />
        </Form.Item>
        <Form.Item label={t('contact.import.delimiterLabel')}>
          <Select
            value={settings.delimiter}
            onChange={settings.setDelimiter}
            options={DELIMITERS.map((delimiter) => ({ value: delimiter.value, label: t(delimiter.labelKey) }))}
            style={{ width: 200 }}
            data-testid="import-delimiter"
          />
        </Form.Item>
      </Form>
      <Alert type="info" showIcon title={t('contact.import.encodingHint')} />
      <ColumnMappingTable
        columns={contactImport.columns}
        fields={target.fields}
        mapping={settings.mapping}
        onMap={settings.mapColumn}
      />
      {target.duplicatesLabel && (
        <Form layout="vertical">
          <Form.Item label={target.duplicatesLabel}>
            <Radio.Group
              value={settings.onDuplicate}
              onChange={(event) => settings.setOnDuplicate(event.target.value)}
              options={[
                { value: 'SKIP', label: t('contact.import.duplicateSkip') },
                { value: 'UPDATE', label: t('contact.import.duplicateUpdate') },
              ]}
              data-testid="import-duplicate-policy"
            />
          </Form.Item>
        </Form>
      )}
      <Flex gap={8} align="center">
        <Button
          type="primary"
          onClick={handleStart}
          loading={starting}
          disabled={!settings.hasMappedColumns}
          data-testid="import-start"
        >
          {t('contact.import.start')}
        </Button>
        {!settings.hasMappedColumns && <Alert type="warning" showIcon title={t('contact.import.mapAtLeastOne')} />}
      </Flex>
    </Flex>
  );
}
