import 'i18next';
import type en from './en.json';
import type enSignIn from './en.sign-in.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The sign-in part and the app part are loaded separately into one namespace.
    resources: { translation: typeof enSignIn & typeof en };
  }
}
