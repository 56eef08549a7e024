import { Alert, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface ApiKeySecretModalProps {
  secret: string | null;
  onClose: () => void;
}

/** The secret exists only in this modal: the server never returns it again. */
export function ApiKeySecretModal({ secret, onClose }: ApiKeySecretModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open={secret !== null}
      title={t('apiKeys.secretTitle')}
      onOk={onClose}
      onCancel={onClose}
      okText={t('apiKeys.secretSaved')}
      cancelButtonProps={{ style: { display: 'none' } }}
      mask={{ closable: false }}
    >
      <Alert type="warning" showIcon title={t('apiKeys.secretOnce')} style={{ marginBottom: 16 }} />
      <Typography.Paragraph
        code
        copyable={{ text: secret ?? '', tooltips: [t('common.copy'), t('common.copied')] }}
        data-testid="api-key-secret"
      >
        {secret}
      </Typography.Paragraph>
    </Modal>
  );
}
