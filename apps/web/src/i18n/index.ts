import type { Locale as AntdLocale } from 'antd/es/locale';
import enUS from 'antd/es/locale/en_US';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type en from './en.json';

const SUPPORTED_LOCALES = ['ru', 'en'] as const;
export type AppLocale = (typeof SUPPORTED_LOCALES)[number];

const STORAGE_KEY = 'crm.locale';

type Translations = typeof en;

// Only the language in use is downloaded (the other one is fetched when the user switches).
// Russian is typed against the English file so that a key missing in Russian fails the typecheck.
const TRANSLATIONS: Record<AppLocale, () => Promise<Translations>> = {
  en: () => import('./en.json').then((module) => module.default),
  ru: () => import('./ru.json').then((module): Translations => module.default),
};

// antd's own texts (date pickers, empty states…): English is antd's built-in default, so only
// Russian is fetched, together with the Russian translations.
const antdLocales: Partial<Record<AppLocale, AntdLocale>> = { en: enUS };
const ANTD_LOCALES: Record<AppLocale, () => Promise<AntdLocale>> = {
  en: () => Promise.resolve(enUS),
  ru: () => import('antd/es/locale/ru_RU').then((module) => module.default),
};

/** antd's locale for a UI language that has been loaded (English until then). */
export function antdLocaleOf(locale: string): AntdLocale {
  return (isAppLocale(locale) && antdLocales[locale]) || enUS;
}

export function isAppLocale(value: unknown): value is AppLocale {
  return SUPPORTED_LOCALES.includes(value as AppLocale);
}

function initialLocale(): AppLocale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isAppLocale(stored)) return stored;
  return navigator.language.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

async function loadTranslations(locale: AppLocale): Promise<void> {
  if (i18n.hasResourceBundle(locale, 'translation') && antdLocales[locale]) return;
  const [translations, antdLocale] = await Promise.all([TRANSLATIONS[locale](), ANTD_LOCALES[locale]()]);
  antdLocales[locale] = antdLocale;
  i18n.addResourceBundle(locale, 'translation', translations);
}

i18n.on('languageChanged', (locale: string) => {
  document.documentElement.lang = locale;
});

/** Resolves once the UI language's texts are loaded; render the app after it. */
export async function initI18n(): Promise<void> {
  const locale = initialLocale();
  await i18n.use(initReactI18next).init({
    resources: {},
    lng: locale,
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  await loadTranslations(locale);
}

export function currentLocale(): AppLocale {
  return isAppLocale(i18n.language) ? i18n.language : 'en';
}

/** Switches the UI language and remembers it for the next visit (also before sign-in). */
export function applyLocale(locale: AppLocale): void {
  localStorage.setItem(STORAGE_KEY, locale);
  if (i18n.language === locale) return;
  // Switched only once the texts are here, so the UI never shows bare keys.
  loadTranslations(locale)
    .then(() => i18n.changeLanguage(locale))
    .catch(() => undefined);
}
