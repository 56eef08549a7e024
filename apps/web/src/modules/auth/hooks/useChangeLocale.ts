import { useMutation } from '@apollo/client/react';
import { applyLocale } from '../../../i18n';
import type { AppLocale } from '../../../i18n';
import { toApiError } from '../../../ui/api-errors';
import { SET_MY_LOCALE } from '../graphql/operations';
import { useOptionalCurrentUser } from './useCurrentUser';

/** Switches the UI at once and, when signed in, saves the choice to the profile. */
export function useChangeLocale() {
  const user = useOptionalCurrentUser();
  const [saveLocale] = useMutation(SET_MY_LOCALE);
  return async (locale: AppLocale): Promise<void> => {
    applyLocale(locale);
    if (!user) return;
    try {
      await saveLocale({ variables: { locale } });
    } catch (error) {
      throw toApiError(error);
    }
  };
}
