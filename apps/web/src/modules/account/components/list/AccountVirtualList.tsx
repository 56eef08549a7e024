import { Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { VirtualTable } from '../../../../ui/VirtualTable';
import type { VirtualColumn } from '../../../../ui/VirtualTable';
import { useCustomListColumns } from '../../../custom-fields';
import type { CustomField } from '../../../custom-fields';
import type { AccountListItem } from '../../graphql/types';
import { accountPath } from '../../paths';

const VISIBLE_KINDS = 2;

interface AccountVirtualListProps {
  accounts: AccountListItem[];
  hasNextPage: boolean;
  loadingMore: boolean;
  loadMoreError: unknown;
  onLoadMore: () => void;
  customColumns: CustomField[];
}

export function AccountVirtualList({ accounts, customColumns, ...paging }: AccountVirtualListProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const custom = useCustomListColumns<AccountListItem>(customColumns, (account) => account.customFields);

  const columns: VirtualColumn<AccountListItem>[] = [
    {
      key: 'code',
      title: t('account.fields.code'),
      width: '120px',
      minWidth: 120,
      render: (account) => <Typography.Text code>{account.code}</Typography.Text>,
    },
    {
      key: 'name',
      title: t('account.fields.name'),
      width: 'minmax(200px, 2fr)',
      minWidth: 200,
      render: (account) => account.name,
      hint: (account) => account.legalName ?? account.name,
    },
    {
      key: 'kinds',
      title: t('account.fields.kinds'),
      width: 'minmax(160px, 1fr)',
      minWidth: 160,
      render: (account) => (
        <>
          {account.kinds.slice(0, VISIBLE_KINDS).map((kind) => (
            <Tag key={kind}>{t(`account.kind.${kind}`)}</Tag>
          ))}
          {account.kinds.length > VISIBLE_KINDS && <Tag>+{account.kinds.length - VISIBLE_KINDS}</Tag>}
        </>
      ),
    },
    { key: 'inn', title: t('account.fields.inn'), width: '130px', minWidth: 130, render: (account) => account.inn },
    {
      key: 'industry',
      title: t('account.fields.industry'),
      width: 'minmax(140px, 1fr)',
      minWidth: 140,
      render: (account) => account.industry,
      hint: (account) => account.industry ?? undefined,
    },
    {
      key: 'region',
      title: t('account.fields.region'),
      width: 'minmax(140px, 1fr)',
      minWidth: 140,
      render: (account) => account.region,
      hint: (account) => account.region ?? undefined,
    },
    {
      key: 'completeness',
      title: t('account.fields.completeness'),
      width: '130px',
      minWidth: 130,
      render: (account) => <Progress percent={account.completeness} size="small" />,
    },
    {
      key: 'owner',
      title: t('account.fields.owner'),
      width: 'minmax(120px, 1fr)',
      minWidth: 120,
      render: (account) => account.owner.name,
    },
    ...custom,
  ];

  return (
    <VirtualTable
      {...paging}
      columns={columns}
      rows={accounts}
      rowKey={(account) => account.id}
      onOpen={(account) => void navigate(accountPath(account.id))}
      testId="account-list"
      rowTestId="account-row"
    />
  );
}
