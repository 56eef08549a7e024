import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { toast } from '../../../ui/toast';
import { contactPath } from '../../contact';
import type { ContactDetails } from '../../contact';
import { useCustomFields } from '../../custom-fields';
import type { MergeInput } from '../graphql/types';
import { useContactMergeSides, useMergeContacts } from '../hooks/useContactMerge';
import { useContactMergeFields } from '../hooks/useMergeFields';
import { mergeRows } from '../merge-model';
import { MergeScreen } from './MergeScreen';
import type { MergeSidesProps } from './MergeScreen';

const view = (contact: ContactDetails) => ({
  id: contact.id,
  version: contact.version,
  code: contact.code,
  name: contact.fullName,
  path: contactPath(contact.id),
});

export function ContactMerge({ survivorId, loserId, onSwap }: MergeSidesProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { sides, loading, error, reload } = useContactMergeSides(survivorId, loserId);
  const customFields = useCustomFields('contact');
  const fields = useContactMergeFields(customFields.fields);
  const { merge, merging } = useMergeContacts();

  // Custom rows must be there before anything can be merged, so the screen waits for them.
  if (loading || customFields.loading) return <LoadingState />;
  if (error || !sides) return <ErrorState error={error} onRetry={reload} />;
  if (customFields.error) return <ErrorState error={customFields.error} onRetry={customFields.retry} />;

  const handleMerge = async (input: MergeInput) => {
    const loserCode = await merge(input);
    toast.success(t('customer.merge.done', { code: loserCode }));
    void navigate(contactPath(input.survivorId), { replace: true });
  };

  return (
    <MergeScreen
      entityType="contact"
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
