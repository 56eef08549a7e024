import { Button, Empty, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../ui/ErrorState';
import { InlineError } from '../../../ui/InlineError';
import { LoadingState } from '../../../ui/LoadingState';
import { useCurrentUser } from '../../auth';
import type { EntityType } from '../../custom-fields';
import { useDuplicatePairs } from '../hooks/useDuplicatePairs';
import { canMerge } from '../permissions';
import { DuplicatePairCard } from './DuplicatePairCard';

export function DuplicatePairList({ entityType }: { entityType: EntityType }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const list = useDuplicatePairs(entityType);

  if (list.loading) return <LoadingState />;
  if (list.error) return <ErrorState error={list.error} onRetry={list.retry} />;
  if (list.pairs.length === 0) return <Empty description={t('customer.duplicates.empty')} data-testid="duplicates-empty" />;

  return (
    <Flex vertical gap={12} data-testid="duplicate-pairs">
      {list.pairs.map((pair) => (
        <DuplicatePairCard key={pair.id} entityType={entityType} pair={pair} canMerge={canMerge(user, entityType)} />
      ))}
      {list.loadMoreError !== undefined && <InlineError error={list.loadMoreError} onRetry={list.loadMore} />}
      {list.hasNextPage && (
        <Button onClick={list.loadMore} loading={list.loadingMore} style={{ alignSelf: 'center' }} data-testid="more-duplicates">
          {t('common.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
