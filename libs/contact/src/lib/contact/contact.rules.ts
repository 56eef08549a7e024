import { FieldProblem, isValidLocalDate, normalizePhone } from '@crm/core';
import { AddressKind, ContactAddress, ContactEmail, ContactPhone, EmailKind, KeyDate, PhoneKind, SocialProfile } from './contact.entity';
import type { ContactAddressInput, ContactEmailInput, ContactPhoneInput, KeyDateInput, SocialProfileInput } from './contact.inputs';

/** The editable values of a contact after normalisation. */
export interface ContactValues {
  firstName: string | null;
  middleName: string | null;
  lastName: string | null;
  position: string | null;
  company: string | null;
  phones: ContactPhone[];
  emails: ContactEmail[];
  addresses: ContactAddress[];
  birthday: string | null;
  keyDates: KeyDate[];
  socialProfiles: SocialProfile[];
  preferredChannel: string | null;
  language: string | null;
  description: string | null;
  tags: string[];
}

export interface ContactFieldsPatch {
  firstName?: string | null;
  middleName?: string | null;
  lastName?: string | null;
  position?: string | null;
  company?: string | null;
  phones?: ContactPhoneInput[] | null;
  emails?: ContactEmailInput[] | null;
  addresses?: ContactAddressInput[] | null;
  birthday?: string | null;
  keyDates?: KeyDateInput[] | null;
  socialProfiles?: SocialProfileInput[] | null;
  preferredChannel?: string | null;
  language?: string | null;
  description?: string | null;
  tags?: string[] | null;
}

export const EMPTY_CONTACT: ContactValues = {
  firstName: null, middleName: null, lastName: null, position: null, company: null, phones: [], emails: [], addresses: [],
  birthday: null, keyDates: [], socialProfiles: [], preferredChannel: null, language: null, description: null, tags: [],
};

/** Trims and collapses inner whitespace; empty text becomes null. */
export function cleanText(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

export interface NormaliseOptions {
  /** Today in the company's time zone, YYYY-MM-DD: birthdays may not be later. */
  today: string;
  phoneRegion: string;
}

/**
 * Applies a patch to current values: normalises phones to E.164, e-mails to lower case, dates,
 * tags; collects every problem with its field path, so one answer lists all mistakes.
 * Fields absent from the patch keep their current value; null clears them.
 */
export function applyContactPatch(current: ContactValues, patch: ContactFieldsPatch, options: NormaliseOptions) {
  const problems: FieldProblem[] = [];
  const next: ContactValues = { ...current };
  const has = (key: keyof ContactFieldsPatch) => patch[key] !== undefined;

  for (const key of ['firstName', 'middleName', 'lastName', 'position', 'company', 'language'] as const) {
    if (has(key)) next[key] = cleanText(patch[key]);
  }
  if (has('description')) next.description = patch.description?.trim() || null;
  if (has('preferredChannel')) next.preferredChannel = patch.preferredChannel ?? null;

  if (has('phones')) next.phones = normalisePhones(patch.phones ?? [], options.phoneRegion, problems);
  if (has('emails')) next.emails = normaliseEmails(patch.emails ?? []);
  if (has('addresses')) next.addresses = normaliseAddresses(patch.addresses ?? []);
  if (has('birthday')) {
    next.birthday = patch.birthday ?? null;
    const problem = next.birthday ? birthdayProblem(next.birthday, options.today) : null;
    if (problem) problems.push({ field: 'birthday', message: problem });
  }
  if (has('keyDates')) {
    next.keyDates = [];
    (patch.keyDates ?? []).forEach((k, i) => {
      if (!isValidLocalDate(k.date)) return problems.push({ field: `keyDates.${i}.date`, message: 'must be a real date written as YYYY-MM-DD' });
      next.keyDates.push({ label: cleanText(k.label) ?? '', date: k.date });
    });
  }
  if (has('socialProfiles')) next.socialProfiles = (patch.socialProfiles ?? []).map((s) => ({ network: s.network.trim().toLowerCase(), url: s.url.trim() }));
  if (has('tags')) {
    const seen = new Set<string>();
    next.tags = (patch.tags ?? []).map((t) => cleanText(t)).filter((t): t is string => !!t && !seen.has(t.toLowerCase()) && !!seen.add(t.toLowerCase()));
  }

  if (!next.firstName && !next.lastName && !next.emails.length && !next.phones.length && !problems.some((p) => p.field.startsWith('phones'))) {
    problems.push({ field: 'lastName', message: 'enter a name, an e-mail or a phone' });
  }
  return { values: next, problems };
}

/** E.164 numbers without repeats; a bad number is reported at phones.<i>.number. */
export function normalisePhones(inputs: ContactPhoneInput[], region: string, problems: FieldProblem[], path = 'phones'): ContactPhone[] {
  const phones: ContactPhone[] = [];
  inputs.forEach((p, i) => {
    const normalised = normalizePhone(p.number, region as never);
    if (!normalised) return problems.push({ field: `${path}.${i}.number`, message: 'is not a valid phone number' });
    if (phones.some((x) => x.number === normalised.e164)) return;
    phones.push({ number: normalised.e164, kind: p.kind ?? PhoneKind.MOBILE, extension: p.extension ?? normalised.extension ?? null });
  });
  return phones;
}

export function normaliseEmails(inputs: ContactEmailInput[]): ContactEmail[] {
  const emails: ContactEmail[] = [];
  for (const e of inputs) {
    const address = e.address.trim().toLowerCase();
    if (!emails.some((x) => x.address === address)) emails.push({ address, kind: e.kind ?? EmailKind.WORK });
  }
  return emails;
}

export function normaliseAddresses(inputs: ContactAddressInput[]): ContactAddress[] {
  return inputs
    .map((a) => ({
      kind: a.kind ?? AddressKind.WORK,
      country: cleanText(a.country), region: cleanText(a.region), city: cleanText(a.city), street: cleanText(a.street), postalCode: cleanText(a.postalCode),
    }))
    .filter((a) => a.country || a.region || a.city || a.street || a.postalCode);
}

export function birthdayProblem(date: string, today: string): string | null {
  if (!isValidLocalDate(date)) return 'must be a real date written as YYYY-MM-DD';
  if (date > today) return 'cannot be in the future';
  if (date < '1900-01-01') return 'must be after 1900-01-01';
  return null;
}

const hasCyrillic = (s: string | null) => !!s && /[а-яё]/i.test(s);

/** Russian names read "Фамилия Имя Отчество"; others "First Middle Last". */
export function fullNameOf(v: Pick<ContactValues, 'firstName' | 'middleName' | 'lastName' | 'emails' | 'phones'>): string {
  const parts = hasCyrillic(v.lastName) || hasCyrillic(v.firstName) ? [v.lastName, v.firstName, v.middleName] : [v.firstName, v.middleName, v.lastName];
  return parts.filter(Boolean).join(' ') || v.emails[0]?.address || v.phones[0]?.number || '—';
}

export function sortNameOf(v: ContactValues): string {
  return foldLookAlikes(([v.lastName, v.firstName, v.middleName].filter(Boolean).join(' ') || fullNameOf(v)).toLowerCase());
}

const LATIN_LOOK_ALIKES: Record<string, string> = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', m: 'м', t: 'т', h: 'н', b: 'в' };

/** "ивaнов" typed with a Latin "a": in a word that is otherwise Cyrillic, Latin look-alikes become Cyrillic. */
export function foldLookAlikes(text: string): string {
  return text.replace(/\S+/g, (word) => (/[а-яё]/i.test(word) ? word.replace(/[acexopykmthb]/g, (ch) => LATIN_LOOK_ALIKES[ch]) : word));
}

const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p',
  р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Latin spelling of Cyrillic text, so "ivanov" finds "Иванов". */
export function transliterate(text: string): string {
  return [...text.toLowerCase()].map((ch) => TRANSLIT[ch] ?? ch).join('');
}

/** What global search matches: names (both scripts), e-mails, phone digits (+7 also as 8…), company, code. */
export function searchTextOf(v: ContactValues, code: string): string {
  const name = [v.lastName, v.firstName, v.middleName].filter(Boolean).join(' ').toLowerCase();
  const phones = v.phones.flatMap((p) => {
    const digits = p.number.slice(1);
    return digits.startsWith('7') ? [digits, `8${digits.slice(1)}`] : [digits];
  });
  const parts = [name, hasCyrillic(name) ? transliterate(name) : '', ...v.emails.map((e) => e.address), ...phones, (v.company ?? '').toLowerCase(), code.toLowerCase()];
  return parts.filter(Boolean).join(' ');
}
