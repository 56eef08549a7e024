import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StageKind } from '../graphql/types';

const COLORS: Record<StageKind, string> = { OPEN: 'blue', WON: 'green', LOST: 'red' };

/** The deal's status (open, won, lost) as a coloured tag. */
export function StatusTag({ status }: { status: StageKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="deal-status">
      {t(`sales.status.${status}`)}
    </Tag>
  );
}

/** A stage name coloured by its kind. */
export function StageTag({ name, kind }: { name: string; kind: StageKind }) {
  return (
    <Tag color={kind === 'OPEN' ? undefined : COLORS[kind]} data-testid="deal-stage">
      {name}
    </Tag>
  );
}
