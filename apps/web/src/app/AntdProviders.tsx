import { ConfigProvider } from 'antd';
import { lazy, Suspense, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { antdLocaleOf } from '../i18n';
import { toastHost } from '../ui/toast';

const MessageHolder = lazy(() => import('../ui/MessageHolder'));

/** antd follows the UI language; toasts render inside the same ConfigProvider. */
export function AntdProviders({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  // The message container (and its code) is loaded when the first toast is shown.
  const toastWanted = useSyncExternalStore(toastHost.subscribe, toastHost.isWanted);
  return (
    <ConfigProvider locale={antdLocaleOf(i18n.language)}>
      {toastWanted && (
        <Suspense fallback={null}>
          <MessageHolder />
        </Suspense>
      )}
      {children}
    </ConfigProvider>
  );
}
