import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import ruRU from 'antd/locale/ru_RU';
import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const MessageHolder = lazy(() => import('../ui/MessageHolder'));

/** antd follows the UI language; toasts render inside the same ConfigProvider. */
export function AntdProviders({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'ru' ? ruRU : enUS}>
      <Suspense fallback={null}>
        <MessageHolder />
      </Suspense>
      {children}
    </ConfigProvider>
  );
}
