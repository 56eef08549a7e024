import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../../ui/ErrorState';
import { LoadingState } from '../../../../ui/LoadingState';
import type { CustomField } from '../../../custom-fields';
import type { AccountFilter, AccountOrderBy } from '../../graphql/types';
import { useAccountList } from '../../hooks/useAccountList';
import { AccountVirtualList } from './AccountVirtualList';

interface AccountListBodyProps {
  filter: AccountFilter;
  orderBy: AccountOrderBy;
  customColumns: CustomField[];
}

export function AccountListBody({ filter, orderBy, customColumns }: AccountListBodyProps) {
  const { t } = useTranslation();
  const list = useAccountList(filter, orderBy);

  if (list.loading) return <LoadingState />;
  if (list.error) return <ErrorState error={list.error} onRetry={list.retry} />;
  if (list.accounts.length === 0) {
    const filtered = Object.keys(filter).length > 0;
    return (
      <Empty
        description={filtered ? t('account.list.noMatches') : t('account.list.empty')}
        data-testid="accounts-empty"
      />
    );
  }
  return (
    <AccountVirtualList
      accounts={list.accounts}
      hasNextPage={list.hasNextPage}
      loadingMore={list.loadingMore}
      loadMoreError={list.loadMoreError}
      onLoadMore={list.loadMore}
      customColumns={customColumns}
    />
  );
}
