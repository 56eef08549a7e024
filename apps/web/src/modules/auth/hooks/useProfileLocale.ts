import { useEffect } from 'react';
import { applyLocale, isAppLocale } from '../../../i18n';

/** The language saved in the profile wins over the one remembered by this browser. */
export function useProfileLocale(profileLocale: string | undefined): void {
  useEffect(() => {
    if (isAppLocale(profileLocale)) applyLocale(profileLocale);
  }, [profileLocale]);
}
