import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EntityType } from '../../custom-fields';
import { MatchReasons } from './MatchReasons';

export interface DuplicateCandidate {
  id: string;
  code: string;
  name: string;
  /** Company of a contact, INN of an account. */
  detail: string | null;
  path: string;
  reasons: string[];
  score: number;
}

interface DuplicateCandidatesProps {
  entityType: EntityType;
  candidates: DuplicateCandidate[];
  error: unknown;
  onRetry: () => void;
}

/**
 * "Possible duplicates" at the top of a create form, kept in view while the rest is filled in.
 * Each opens in a new tab so that what was typed is not lost; saving stays allowed (the user decides).
 */
export function DuplicateCandidates({ entityType, candidates, error, onRetry }: DuplicateCandidatesProps) {
  const { t } = useTranslation();
  if (error) {
    // Only a hint failed, not the form: said quietly.
    return (
      <Typography.Text type="secondary" data-testid="duplicate-check-failed">
        {t('customer.check.failed')}{' '}
        <Button type="link" size="small" onClick={onRetry} style={{ padding: 0 }}>
          {t('common.retry')}
        </Button>
      </Typography.Text>
    );
  }
  if (candidates.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('customer.check.title')}
      description={
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{t('customer.check.hint')}</Typography.Text>
          {candidates.map((candidate) => (
            <Flex key={candidate.id} gap={8} wrap align="center" data-testid="duplicate-candidate">
              <Link to={candidate.path} target="_blank" rel="noopener" data-testid="duplicate-candidate-link">
                {candidate.name}
              </Link>
              <Typography.Text code>{candidate.code}</Typography.Text>
              {candidate.detail && <Typography.Text type="secondary">{candidate.detail}</Typography.Text>}
              <MatchReasons entityType={entityType} reasons={candidate.reasons} score={candidate.score} />
            </Flex>
          ))}
        </Flex>
      }
      style={{ position: 'sticky', top: 0, zIndex: 3 }}
      data-testid="duplicate-warning"
    />
  );
}
