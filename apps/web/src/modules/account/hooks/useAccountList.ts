import { useQuery } from '@apollo/client/react';
import { useKeysetList } from '../../../ui/useKeysetList';
import { ACCOUNTS } from '../graphql/accounts';
import type { AccountFilter, AccountOrderBy, AccountsData } from '../graphql/types';

const PAGE_SIZE = 50;
const connectionOf = (data: AccountsData) => data.accounts;

/** One keyset-paginated account list; `loadMore` appends the next page after the last cursor. */
export function useAccountList(filter: AccountFilter, orderBy: AccountOrderBy) {
  const { nodes, firstPage, ...list } = useKeysetList(ACCOUNTS, { filter, orderBy }, connectionOf);
  return { accounts: nodes, totalCount: firstPage?.totalCount, ...list };
}

/** The list's total; the same query as the list, so it costs no extra request. */
export function useAccountTotal(filter: AccountFilter, orderBy: AccountOrderBy): number | undefined {
  const { data } = useQuery(ACCOUNTS, { variables: { first: PAGE_SIZE, filter, orderBy } });
  return data?.accounts.totalCount;
}
