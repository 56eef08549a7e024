import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { toast } from '../../../ui/toast';
import { accountPath } from '../../account';
import type { AccountDetails } from '../../account';
import { useCustomFields } from '../../custom-fields';
import type { MergeInput } from '../graphql/types';
import { useAccountMergeSides, useMergeAccounts } from '../hooks/useAccountMerge';
import { useAccountMergeFields } from '../hooks/useMergeFields';
import { mergeRows } from '../merge-model';
import { MergeScreen } from './MergeScreen';
import type { MergeSidesProps } from './MergeScreen';

const view = (account: AccountDetails) => ({
  id: account.id,
  version: account.version,
  code: account.code,
  name: account.name,
  path: accountPath(account.id),
});

export function AccountMerge({ survivorId, loserId, onSwap }: MergeSidesProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { sides, loading, error, reload } = useAccountMergeSides(survivorId, loserId);
  const customFields = useCustomFields('account');
  const fields = useAccountMergeFields(customFields.fields);
  const { merge, merging } = useMergeAccounts();

  // Custom rows must be there before anything can be merged, so the screen waits for them.
  if (loading || customFields.loading) return <LoadingState />;
  if (error || !sides) return <ErrorState error={error} onRetry={reload} />;
  if (customFields.error) return <ErrorState error={customFields.error} onRetry={customFields.retry} />;

  const handleMerge = async (input: MergeInput) => {
    const loserCode = await merge(input);
    toast.success(t('customer.merge.done', { code: loserCode }));
    void navigate(accountPath(input.survivorId), { replace: true });
  };

  return (
    <MergeScreen
      entityType="account"
      survivor={view(sides.survivor)}
      loser={view(sides.loser)}
      rows={mergeRows(fields, sides.survivor, sides.loser)}
      merging={merging}
      onMerge={handleMerge}
      onReload={reload}
      onSwap={onSwap}
    />
  );
}
