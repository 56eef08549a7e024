import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';

export function ImportSteps({ current }: { current: 0 | 1 | 2 }) {
  const { t } = useTranslation();
  return (
    <Steps
      current={current}
      items={[
        { title: t('contact.import.steps.upload') },
        { title: t('contact.import.steps.mapping') },
        { title: t('contact.import.steps.progress') },
      ]}
      data-testid="import-steps"
    />
  );
}
