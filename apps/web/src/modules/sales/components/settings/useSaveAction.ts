import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../../../ui/toast';
import { useErrorMessage } from '../../../../ui/useErrorMessage';

/** Runs a save with a busy flag, a success toast and the server's refusal as an error toast. */
export function useSaveAction() {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>, success: string = t('sales.settings.saved')): Promise<boolean> => {
    setBusy(true);
    try {
      await action();
      toast.success(success);
      return true;
    } catch (error) {
      toast.error(describeError(error));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}
