import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tabs } from 'antd';
import { lazy, Suspense, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { useCurrentUser } from '../../auth';
import { canReadDeals, RelatedDealsTab } from '../../sales';
import { AccountCardHeader } from '../components/card/AccountCardHeader';
import { AccountDetailsView } from '../components/card/AccountDetailsView';
import { useAccount } from '../hooks/useAccount';
import { ACCOUNTS_PATH } from '../paths';
import { canUpdateAccounts } from '../permissions';

// The edit form and the other tabs are fetched when first opened, so the card itself shows fast.
const AccountEditor = lazy(() =>
  import('../components/card/AccountEditor').then((module) => ({ default: module.AccountEditor })),
);
const AccountContacts = lazy(() =>
  import('../components/card/AccountContacts').then((module) => ({ default: module.AccountContacts })),
);
const AccountContracts = lazy(() =>
  import('../components/card/AccountContracts').then((module) => ({ default: module.AccountContracts })),
);
const AccountMetrics = lazy(() =>
  import('../components/card/AccountMetrics').then((module) => ({ default: module.AccountMetrics })),
);
const AccountTimeline = lazy(() =>
  import('../components/card/AccountTimeline').then((module) => ({ default: module.AccountTimeline })),
);

function Deferred({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingState />}>{children}</Suspense>;
}

function AccountCard({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { account, loading, error, reload } = useAccount(accountId);
  const [editing, setEditing] = useState(false);

  if (loading) return <LoadingState />;
  if (error || !account) return <ErrorState error={error} onRetry={() => void reload()} />;

  const canEdit = canUpdateAccounts(user);
  const tab = (key: string, label: string, children: ReactNode) => ({
    key,
    label: <span data-testid={`tab-${key}`}>{label}</span>,
    children: <Deferred>{children}</Deferred>,
  });
  // Roles that may not read contracts or metrics get them empty and listed in hiddenFields.
  const shows = (field: string) => !account.hiddenFields.includes(field);

  return (
    <Flex vertical gap={16}>
      <AccountCardHeader account={account} editing={editing} onEdit={() => setEditing(true)} />
      <Card>
        <Tabs
          items={[
            tab(
              'details',
              t('account.card.details'),
              editing ? (
                <AccountEditor account={account} onReload={() => void reload()} onDone={() => setEditing(false)} />
              ) : (
                <AccountDetailsView account={account} />
              ),
            ),
            tab('contacts', t('account.card.contacts'), <AccountContacts accountId={account.id} canEdit={canEdit} />),
            ...(shows('contracts')
              ? [tab('contracts', t('account.card.contracts'), <AccountContracts accountId={account.id} canEdit={canEdit} />)]
              : []),
            ...(shows('metrics')
              ? [tab('metrics', t('account.card.metrics'), <AccountMetrics accountId={account.id} canEdit={canEdit} />)]
              : []),
            ...(canReadDeals(user) ? [tab('deals', t('sales.related.tab'), <RelatedDealsTab owner="account" id={account.id} />)] : []),
            tab('timeline', t('account.card.timeline'), <AccountTimeline accountId={account.id} />),
          ]}
        />
      </Card>
    </Flex>
  );
}

export default function AccountCardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { id = '' } = useParams();
  // Back to the list as it was left (filters are in its URL); opened from a link, go to the list.
  const goBack = () => void (location.key === 'default' ? navigate(ACCOUNTS_PATH) : navigate(-1));
  return (
    <Flex vertical gap={8}>
      <Button
        type="link"
        icon={<ArrowLeftOutlined />}
        onClick={goBack}
        style={{ alignSelf: 'flex-start', paddingInline: 0 }}
        data-testid="back-to-accounts"
      >
        {t('account.card.back')}
      </Button>
      {/* Keyed so that moving to another account starts with fresh tabs and no edit state. */}
      <AccountCard key={id} accountId={id} />
    </Flex>
  );
}
