import { InboxOutlined } from '@ant-design/icons';
import { Alert, Flex, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUploadErrorMessage } from '../../../../ui/useUploadErrorMessage';
import type { ContactImport } from '../../graphql/types';
import { uploadImport } from '../../hooks/useContactImport';
import type { ImportTarget } from '../../import-fields';

interface ImportUploadStepProps {
  target: ImportTarget;
  onUploaded: (contactImport: ContactImport) => void;
}

export function ImportUploadStep({ target, onUploaded }: ImportUploadStepProps) {
  const { t } = useTranslation();
  const describeUploadError = useUploadErrorMessage();
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const handleFile = (file: File) => {
    setFailure(null);
    setUploading(true);
    uploadImport(target, file)
      .then(onUploaded)
      .catch((error: unknown) => setFailure(describeUploadError(error)))
      .finally(() => setUploading(false));
    // Sent by our own request above; antd's built-in upload is not used.
    return Upload.LIST_IGNORE;
  };

  return (
    <Flex vertical gap={16}>
      {failure && <Alert type="error" showIcon title={failure} data-testid="import-upload-error" />}
      <Spin spinning={uploading}>
        <Upload.Dragger
          accept=".csv,text/csv"
          beforeUpload={handleFile}
          showUploadList={false}
          disabled={uploading}
          data-testid="import-file-input"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <Typography.Paragraph>{t('contact.import.dropHere')}</Typography.Paragraph>
          <Typography.Text type="secondary">{target.hint ?? t('contact.import.fileHint')}</Typography.Text>
        </Upload.Dragger>
      </Spin>
    </Flex>
  );
}
