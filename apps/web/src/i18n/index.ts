import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import ru from './ru.json';

const SUPPORTED_LOCALES = ['ru', 'en'] as const;
export type AppLocale = (typeof SUPPORTED_LOCALES)[number];

const STORAGE_KEY = 'crm.locale';

// Typed against the English file so that a key missing in Russian fails the typecheck.
const russian: typeof en = ru;

export function isAppLocale(value: unknown): value is AppLocale {
  return SUPPORTED_LOCALES.includes(value as AppLocale);
}

function initialLocale(): AppLocale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isAppLocale(stored)) return stored;
  return navigator.language.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

i18n.on('languageChanged', (locale: string) => {
  document.documentElement.lang = locale;
});

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, ru: { translation: russian } },
  lng: initialLocale(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});

export function currentLocale(): AppLocale {
  return isAppLocale(i18n.language) ? i18n.language : 'en';
}

/** Switches the UI language and remembers it for the next visit (also before sign-in). */
export function applyLocale(locale: AppLocale): void {
  localStorage.setItem(STORAGE_KEY, locale);
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
}
