import { Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { ApiError } from '../../../ui/api-errors';
import { useCurrentUser } from '../../auth';
import { DuplicatePairList } from '../components/DuplicatePairList';
import { reviewableTypes } from '../permissions';

/** The review queue the nightly scan fills: one tab per record type the user may read. */
export default function DuplicatesPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const types = reviewableTypes(user);
  const active = types.find((type) => type === searchParams.get('type')) ?? types[0];

  if (!active) return <ErrorState error={new ApiError('FORBIDDEN', '')} />;

  return (
    <Flex vertical gap={8}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('customer.duplicates.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('customer.duplicates.hint')}</Typography.Text>
      <Tabs
        activeKey={active}
        onChange={(type) => setSearchParams({ type }, { replace: true })}
        items={types.map((type) => ({
          key: type,
          label: <span data-testid={`duplicates-tab-${type}`}>{t(`entity.${type}`)}</span>,
          children: <DuplicatePairList entityType={type} />,
        }))}
      />
    </Flex>
  );
}
