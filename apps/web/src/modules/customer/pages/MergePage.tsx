import { useNavigate, useSearchParams } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { ApiError } from '../../../ui/api-errors';
import { useCurrentUser } from '../../auth';
import { isEntityType } from '../../custom-fields';
import { AccountMerge } from '../components/AccountMerge';
import { ContactMerge } from '../components/ContactMerge';
import { mergePath } from '../paths';
import { canMerge } from '../permissions';

/** /duplicates/merge?type=contact&survivor=<id>&loser=<id> */
export default function MergePage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const entityType = searchParams.get('type');
  const survivorId = searchParams.get('survivor');
  const loserId = searchParams.get('loser');

  if (!isEntityType(entityType) || !survivorId || !loserId || survivorId === loserId) {
    return <ErrorState error={new ApiError('NOT_FOUND', '')} />;
  }
  if (!canMerge(user, entityType)) return <ErrorState error={new ApiError('FORBIDDEN', '')} />;

  const sides = {
    survivorId,
    loserId,
    onSwap: () => void navigate(mergePath(entityType, loserId, survivorId), { replace: true }),
  };
  return entityType === 'account' ? <AccountMerge {...sides} /> : <ContactMerge {...sides} />;
}
