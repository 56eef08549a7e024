import type { Locale as AntdLocale } from 'antd/es/locale';
import enUS from 'antd/es/locale/en_US';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type en from './en.json';
import type enSignIn from './en.sign-in.json';

const SUPPORTED_LOCALES = ['ru', 'en'] as const;
export type AppLocale = (typeof SUPPORTED_LOCALES)[number];

const STORAGE_KEY = 'crm.locale';

// Each language comes in two parts: the few texts the sign-in page (and any error or loading
// screen) needs, and the rest, fetched once the user is signed in, so that the first visit stays
// small. Only the language in use is downloaded (the other one is fetched when the user switches).
// Russian is typed against English so that a key missing in Russian fails the typecheck.
type SignInTranslations = typeof enSignIn;
type AppTranslations = typeof en;
type Part = 'signIn' | 'app';

const TRANSLATIONS: Record<AppLocale, Record<Part, () => Promise<SignInTranslations | AppTranslations>>> = {
  en: {
    signIn: () => import('./en.sign-in.json').then((module) => module.default),
    app: () => import('./en.json').then((module) => module.default),
  },
  ru: {
    signIn: () => import('./ru.sign-in.json').then((module): SignInTranslations => module.default),
    app: () => import('./ru.json').then((module): AppTranslations => module.default),
  },
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

const wantedParts = new Set<Part>(['signIn']);
const loadedParts = new Set<string>();

async function loadTranslations(locale: AppLocale): Promise<void> {
  // The app part may become wanted while a language is being loaded for a switch: loop until the
  // language has every wanted part, so that it is never shown with bare keys.
  for (;;) {
    const missing = [...wantedParts].filter((part) => !loadedParts.has(`${locale}:${part}`));
    if (missing.length === 0 && antdLocales[locale]) return;
    const [antdLocale, ...parts] = await Promise.all([
      antdLocales[locale] ?? ANTD_LOCALES[locale](),
      ...missing.map((part) => TRANSLATIONS[locale][part]()),
    ]);
    antdLocales[locale] = antdLocale;
    // Both parts share some groups (e.g. "common"), so each is merged into what is there.
    parts.forEach((texts, index) => {
      i18n.addResourceBundle(locale, 'translation', texts, true, true);
      loadedParts.add(`${locale}:${missing[index]}`);
    });
  }
}

i18n.on('languageChanged', (locale: string) => {
  document.documentElement.lang = locale;
});

/** Resolves once the sign-in texts of the UI language are loaded; render the app after it. */
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

/** The texts of the signed-in app, in the current language and, from now on, in any it switches to. */
export async function loadAppTranslations(): Promise<void> {
  wantedParts.add('app');
  await loadTranslations(currentLocale());
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
