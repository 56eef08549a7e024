import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../ui/format';
import type { EntityType } from '../../custom-fields';

const SAME_VALUE_REASONS = ['EMAIL', 'PHONE', 'INN', 'OGRN'] as const;
type SameValueReason = (typeof SAME_VALUE_REASONS)[number];
const isSameValue = (reason: string): reason is SameValueReason => (SAME_VALUE_REASONS as readonly string[]).includes(reason);

interface MatchReasonsProps {
  entityType: EntityType;
  reasons: string[];
  /** 0–1 */
  score: number;
}

/** Why two records look alike ("same e-mail", "similar name"…) and how sure the match is. */
export function MatchReasons({ entityType, reasons, score }: MatchReasonsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const label = (reason: string) => {
    // A person's name and a company's name are different words in Russian.
    if (reason === 'NAME') return t(`customer.reason.NAME.${entityType}`);
    return isSameValue(reason) ? t(`customer.reason.${reason}`) : reason;
  };
  return (
    <Flex gap={4} wrap align="center">
      {reasons.map((reason) => (
        <Tag key={reason} color="orange" data-testid="match-reason">
          {label(reason)}
        </Tag>
      ))}
      <Typography.Text type="secondary" data-testid="match-score">
        {t('customer.score', { score: format.percent(score) })}
      </Typography.Text>
    </Flex>
  );
}
