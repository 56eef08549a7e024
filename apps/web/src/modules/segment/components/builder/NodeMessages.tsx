import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBuilderState } from './builder-context';

/** The server's errors about one node, or a reminder that it is not filled in yet. */
export function NodeMessages({ nodeId }: { nodeId: string }) {
  const { t } = useTranslation();
  const { errors, incomplete, showIncomplete } = useBuilderState();
  const messages = errors.get(nodeId) ?? [];
  return (
    <>
      {messages.map((message) => (
        <Typography.Text key={message} type="danger" data-testid="criteria-error">
          {message}
        </Typography.Text>
      ))}
      {showIncomplete && incomplete.has(nodeId) && (
        <Typography.Text type="warning" data-testid="criteria-incomplete">
          {t('segment.builder.incomplete')}
        </Typography.Text>
      )}
    </>
  );
}
