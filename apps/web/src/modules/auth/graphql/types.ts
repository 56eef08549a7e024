export type Role = 'ADMIN' | 'SALES_MANAGER' | 'SALES_REP' | 'SUPPORT_AGENT' | 'MARKETER' | 'PARTNER';

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** "ru" | "en" */
  locale: string;
  /** e.g. "contact.export"; decides what the UI offers. */
  permissions: string[];
}

export interface MeData {
  me: CurrentUser | null;
}

export interface SignInVariables {
  input: { email: string; password: string };
}

export interface SignInData {
  signIn: { user: CurrentUser };
}

export interface SignOutData {
  signOut: { ok: boolean };
}

export interface SetMyLocaleVariables {
  locale: string;
}

export interface SetMyLocaleData {
  setMyLocale: Pick<CurrentUser, 'id' | 'locale'>;
}
