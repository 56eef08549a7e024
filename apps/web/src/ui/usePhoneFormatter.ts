import { useEffect, useState } from 'react';

type PhoneFormatter = (e164: string) => string;

const asStored: PhoneFormatter = (e164) => e164;
let loadedFormatter: PhoneFormatter | null = null;

/**
 * libphonenumber's metadata weighs about 30 KB gzipped, so it is fetched after the page has
 * rendered; until then (or if it fails to load) numbers are shown as stored, in E.164.
 */
export function usePhoneFormatter(): PhoneFormatter {
  const [formatter, setFormatter] = useState<PhoneFormatter>(() => loadedFormatter ?? asStored);

  useEffect(() => {
    if (loadedFormatter) return;
    let mounted = true;
    import('./phone')
      .then(({ formatPhone }) => {
        loadedFormatter = formatPhone;
        if (mounted) setFormatter(() => formatPhone);
      })
      .catch(() => undefined);
    return () => {
      mounted = false;
    };
  }, []);

  return formatter;
}
