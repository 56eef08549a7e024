import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Flex, Progress, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormatters } from '../../../../ui/format';
import type { ContactImport } from '../../graphql/types';
import type { ImportTarget } from '../../import-fields';

interface ImportProgressStepProps {
  contactImport: ContactImport;
  done: ImportTarget['done'];
  onImportAnother: () => void;
}

function percentOf(contactImport: ContactImport): number {
  if (contactImport.status === 'COMPLETED') return 100;
  if (!contactImport.totalRows) return 0;
  return Math.floor((contactImport.processedRows / contactImport.totalRows) * 100);
}

export function ImportProgressStep({ contactImport, done, onImportAnother }: ImportProgressStepProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormatters();
  const { status } = contactImport;
  const finished = status === 'COMPLETED' || status === 'FAILED';
  const progressStatus = status === 'FAILED' ? 'exception' : status === 'COMPLETED' ? 'success' : 'active';

  const counts = [
    { key: 'created', title: t('contact.import.created'), value: contactImport.createdCount },
    { key: 'updated', title: t('contact.import.updated'), value: contactImport.updatedCount },
    { key: 'skipped', title: t('contact.import.skipped'), value: contactImport.skippedCount },
    { key: 'rejected', title: t('contact.import.rejected'), value: contactImport.rejectedCount },
  ];

  return (
    <Flex vertical gap={16}>
      <Typography.Text data-testid="import-status">
        {t(`contact.import.status.${status}`)} — {contactImport.fileName}
      </Typography.Text>
      <Progress percent={percentOf(contactImport)} status={progressStatus} data-testid="import-progress" />
      <Typography.Text type="secondary">
        {t('contact.import.processed', {
          processed: format.number(contactImport.processedRows),
          total: contactImport.totalRows === null ? '…' : format.number(contactImport.totalRows),
        })}
      </Typography.Text>
      <Row gutter={16}>
        {counts.map((count) => (
          <Col key={count.key} xs={12} md={6}>
            <Statistic
              title={count.title}
              value={count.value}
              formatter={(value) => format.number(Number(value))}
              data-testid={`import-${count.key}`}
            />
          </Col>
        ))}
      </Row>
      {status === 'FAILED' && (
        <Alert type="error" showIcon title={contactImport.error ?? t('contact.import.failed')} data-testid="import-error" />
      )}
      {finished && (
        <Flex gap={8} wrap>
          {contactImport.rejectedReportUrl && (
            <Button icon={<DownloadOutlined />} href={contactImport.rejectedReportUrl} data-testid="rejected-report-link">
              {t('contact.import.rejectedReport')}
            </Button>
          )}
          <Button type="primary" onClick={() => void navigate(done.path)} data-testid="import-done">
            {done.label}
          </Button>
          <Button onClick={onImportAnother}>{t('contact.import.importAnother')}</Button>
        </Flex>
      )}
    </Flex>
  );
}
