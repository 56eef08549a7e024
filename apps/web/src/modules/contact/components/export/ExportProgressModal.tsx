import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../../ui/InlineError';
import { LoadingState } from '../../../../ui/LoadingState';
import { useFormatters } from '../../../../ui/format';
import type { ContactExport } from '../../graphql/types';

interface ExportProgressModalProps {
  open: boolean;
  contactExport: ContactExport | null;
  pollError: unknown;
  onClose: () => void;
}

function percentOf(contactExport: ContactExport): number {
  if (contactExport.status === 'COMPLETED') return 100;
  if (!contactExport.totalRows) return 0;
  return Math.floor((contactExport.processedRows / contactExport.totalRows) * 100);
}

export function ExportProgressModal({ open, contactExport, pollError, onClose }: ExportProgressModalProps) {
  const { t } = useTranslation();
  const format = useFormatters();

  const body = () => {
    if (pollError) return <InlineError error={pollError} />;
    if (!contactExport) return <LoadingState />;
    if (contactExport.status === 'FAILED') {
      return <Alert type="error" showIcon title={contactExport.error ?? t('contact.export.failed')} />;
    }
    const finished = contactExport.status === 'COMPLETED';
    return (
      <Flex vertical gap={12}>
        <Progress
          percent={percentOf(contactExport)}
          status={finished ? 'success' : 'active'}
          data-testid="export-progress"
        />
        <Typography.Text type="secondary">
          {t('contact.export.processed', {
            processed: format.number(contactExport.processedRows),
            total: contactExport.totalRows === null ? '…' : format.number(contactExport.totalRows),
          })}
        </Typography.Text>
        {finished && contactExport.downloadUrl && (
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            href={contactExport.downloadUrl}
            download
            data-testid="export-download-link"
          >
            {t('contact.export.download')}
          </Button>
        )}
      </Flex>
    );
  };

  return (
    <Modal
      open={open}
      title={t('contact.export.title')}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
    >
      {body()}
    </Modal>
  );
}
