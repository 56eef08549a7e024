import { Progress, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** How much of the customer portrait is filled, 0–100. */
export function CompletenessProgress({ percent, size = 48 }: { percent: number; size?: number }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('customFields.completenessHint', { percent })}>
      <Progress
        type="circle"
        percent={percent}
        size={size}
        aria-label={t('customFields.completenessHint', { percent })}
        data-testid="completeness"
      />
    </Tooltip>
  );
}
