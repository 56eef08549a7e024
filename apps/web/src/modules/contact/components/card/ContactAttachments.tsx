import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Popconfirm, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../../ui/InlineError';
import { LoadingState } from '../../../../ui/LoadingState';
import { SimpleTable } from '../../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../../ui/SimpleTable';
import { useFormatters } from '../../../../ui/format';
import { toast } from '../../../../ui/toast';
import { useErrorMessage } from '../../../../ui/useErrorMessage';
import { useUploadErrorMessage } from '../../../../ui/useUploadErrorMessage';
import type { ContactAttachment } from '../../graphql/types';
import { useContactAttachments, useDeleteAttachment, useUploadAttachment } from '../../hooks/useContactAttachments';

export function ContactAttachments({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const describeError = useErrorMessage();
  const describeUploadError = useUploadErrorMessage();
  const { attachments, loading, error, retry } = useContactAttachments(contactId);
  const { upload, uploading } = useUploadAttachment(contactId);
  const deleteAttachment = useDeleteAttachment(contactId);

  const handleFile = (file: File) => {
    upload(file)
      .then(() => toast.success(t('contact.attachments.uploaded', { name: file.name })))
      .catch((failure: unknown) => toast.error(describeUploadError(failure)));
    // The file is sent by our own request above; antd's built-in upload is not used.
    return Upload.LIST_IGNORE;
  };

  const remove = (attachment: ContactAttachment) => {
    deleteAttachment(attachment.id).catch((failure: unknown) => toast.error(describeError(failure)));
  };

  const columns: SimpleColumn<ContactAttachment>[] = [
    {
      key: 'fileName',
      title: t('contact.attachments.fileName'),
      render: (attachment) => (
        <a href={attachment.downloadUrl} download={attachment.fileName} data-testid="attachment-download">
          <PaperClipOutlined /> {attachment.fileName}
        </a>
      ),
    },
    { key: 'size', title: t('contact.attachments.size'), render: (attachment) => format.fileSize(attachment.size) },
    {
      key: 'uploadedBy',
      title: t('contact.attachments.uploadedBy'),
      render: (attachment) => attachment.uploadedBy?.name ?? '—',
    },
    {
      key: 'createdAt',
      title: t('contact.attachments.uploadedAt'),
      render: (attachment) => format.dateTime(attachment.createdAt),
    },
    {
      key: 'actions',
      align: 'right',
      render: (attachment) => (
        <Popconfirm
          title={t('contact.attachments.deleteConfirm', { name: attachment.fileName })}
          okText={t('common.delete')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() => remove(attachment)}
        >
          <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
        </Popconfirm>
      ),
    },
  ];

  const list = () => {
    if (loading) return <LoadingState />;
    if (error) return <InlineError error={error} onRetry={retry} />;
    if (attachments.length === 0) return <Empty description={t('contact.attachments.empty')} />;
    return (
      <SimpleTable
        columns={columns}
        rows={attachments}
        rowKey={(attachment) => attachment.id}
        rowTestId={() => 'attachment-row'}
      />
    );
  };

  return (
    <Flex vertical gap={16}>
      <Upload beforeUpload={handleFile} showUploadList={false} disabled={uploading} data-testid="attachment-file-input">
        <Button icon={<UploadOutlined />} loading={uploading} data-testid="upload-attachment">
          {t('contact.attachments.upload')}
        </Button>
      </Upload>
      <Typography.Text type="secondary">{t('contact.attachments.hint')}</Typography.Text>
      {list()}
    </Flex>
  );
}
