import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import type { AppLocale } from '../../../i18n';
import { toast } from '../../../ui/toast';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useChangeLocale } from '../hooks/useChangeLocale';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const changeLocale = useChangeLocale();
  const active = currentLocale();

  const options: { locale: AppLocale; label: string; title: string }[] = [
    { locale: 'ru', label: t('language.ruShort'), title: t('language.ru') },
    { locale: 'en', label: t('language.enShort'), title: t('language.en') },
  ];

  const select = (locale: AppLocale) => {
    if (locale === active) return;
    changeLocale(locale).catch((error: unknown) => toast.error(describeError(error)));
  };

  return (
    <Flex gap={4} data-testid="language-switch">
      {options.map((option) => (
        <Button
          key={option.locale}
          size="small"
          type={option.locale === active ? 'primary' : 'default'}
          aria-pressed={option.locale === active}
          title={option.title}
          onClick={() => select(option.locale)}
          data-testid={`language-${option.locale}`}
        >
          {option.label}
        </Button>
      ))}
    </Flex>
  );
}
