import { FieldProblem } from '@crm/core';
import { cleanText, ContactAddress, ContactEmail, ContactPhone, normaliseAddresses, normaliseEmails, normalisePhones, transliterate } from '@crm/contact';
import { checkBik, checkCorrespondentAccount, checkInn, checkKpp, checkRegistrationNumber, checkSettlementAccount, checkVatId, innKind } from '../requisites/requisites.rules';
import { AccountKind, BankAccount, CompanySize, CompetitorPurchase } from './account.entity';
import type { AccountFieldsInput } from './account.inputs';

/** The editable values of an account after normalisation. */
export interface AccountValues {
  name: string;
  legalName: string | null;
  kinds: AccountKind[];
  parentId: string | null;
  industry: string | null;
  region: string | null;
  size: CompanySize | null;
  employees: number | null;
  website: string | null;
  phones: ContactPhone[];
  emails: ContactEmail[];
  addresses: ContactAddress[];
  description: string | null;
  tags: string[];
  inn: string | null;
  kpp: string | null;
  ogrn: string | null;
  vatId: string | null;
  bankAccounts: BankAccount[];
  competitorPurchases: CompetitorPurchase[];
}

export const EMPTY_ACCOUNT: AccountValues = {
  name: '', legalName: null, kinds: [], parentId: null, industry: null, region: null, size: null, employees: null, website: null, phones: [], emails: [],
  addresses: [], description: null, tags: [], inn: null, kpp: null, ogrn: null, vatId: null, bankAccounts: [], competitorPurchases: [],
};

export type AccountPatch = Omit<AccountFieldsInput, 'ownerId' | 'territoryId' | 'customFields'>;

/**
 * Applies a patch: trims text, normalises phones and e-mails, validates requisites with their
 * checksums (INN, KPP, OGRN/OGRNIP, BIC, account control keys, VAT IDs) and their consistency.
 * Every problem names its field; absent fields keep their value, null clears.
 */
export function applyAccountPatch(current: AccountValues, patch: AccountPatch, options: { phoneRegion: string }) {
  const problems: FieldProblem[] = [];
  const next: AccountValues = { ...current };
  const has = (key: keyof AccountPatch) => patch[key] !== undefined;
  const check = (field: 'inn' | 'kpp' | 'ogrn' | 'vatId', checker: (t: string) => { ok: true; value: string } | { ok: false; reason: string }) => {
    if (!has(field)) return;
    const text = cleanText(patch[field] as string | null);
    if (!text) return void (next[field] = null);
    const result = checker(text);
    if (result.ok) next[field] = result.value;
    else problems.push({ field, message: result.reason });
  };

  if (has('name')) next.name = cleanText(patch.name) ?? '';
  for (const key of ['legalName', 'industry', 'region'] as const) if (has(key)) next[key] = cleanText(patch[key]);
  if (has('description')) next.description = patch.description?.trim() || null;
  if (has('kinds')) next.kinds = [...new Set(patch.kinds ?? [])];
  if (has('parentId')) next.parentId = patch.parentId ?? null;
  if (has('size')) next.size = patch.size ?? null;
  if (has('employees')) next.employees = patch.employees ?? null;
  if (has('website')) next.website = normaliseWebsite(patch.website, problems);
  if (has('phones')) next.phones = normalisePhones(patch.phones ?? [], options.phoneRegion, problems);
  if (has('emails')) next.emails = normaliseEmails(patch.emails ?? []);
  if (has('addresses')) next.addresses = normaliseAddresses(patch.addresses ?? []);
  if (has('tags')) {
    const seen = new Set<string>();
    next.tags = (patch.tags ?? []).map((t) => cleanText(t)).filter((t): t is string => !!t && !seen.has(t.toLowerCase()) && !!seen.add(t.toLowerCase()));
  }
  check('inn', checkInn);
  check('kpp', checkKpp);
  check('ogrn', checkRegistrationNumber);
  check('vatId', checkVatId);
  if (has('bankAccounts')) {
    next.bankAccounts = (patch.bankAccounts ?? []).map((b, i) => {
      const bik = checkBik(b.bik);
      if (!bik.ok) problems.push({ field: `bankAccounts.${i}.bik`, message: bik.reason });
      const settlement = checkSettlementAccount(b.settlementAccount, bik.ok ? bik.value : null);
      if (bik.ok && !settlement.ok) problems.push({ field: `bankAccounts.${i}.settlementAccount`, message: settlement.reason });
      const corr = b.correspondentAccount ? checkCorrespondentAccount(b.correspondentAccount, bik.ok ? bik.value : null) : null;
      if (bik.ok && corr && !corr.ok) problems.push({ field: `bankAccounts.${i}.correspondentAccount`, message: corr.reason });
      return {
        bik: bik.ok ? bik.value : b.bik,
        bankName: cleanText(b.bankName),
        settlementAccount: settlement.ok ? settlement.value : b.settlementAccount,
        correspondentAccount: corr?.ok ? corr.value : cleanText(b.correspondentAccount),
      };
    });
  }
  if (has('competitorPurchases')) {
    next.competitorPurchases = (patch.competitorPurchases ?? []).map((c) => ({ competitorId: c.competitorId ?? null, product: cleanText(c.product) ?? '', note: cleanText(c.note) }));
  }

  if (!next.name) problems.push({ field: 'name', message: 'must not be empty' });
  problems.push(...requisiteConsistency(next, problems));
  return { values: next, problems };
}

/** An organisation (10-digit INN) has a KPP and a 13-digit OGRN; an entrepreneur (12) neither KPP nor OGRN but an OGRNIP. */
function requisiteConsistency(v: AccountValues, already: FieldProblem[]): FieldProblem[] {
  const reported = (f: string) => already.some((p) => p.field === f);
  if (!v.inn || reported('inn')) return [];
  const problems: FieldProblem[] = [];
  const kind = innKind(v.inn);
  if (kind === 'INDIVIDUAL' && v.kpp && !reported('kpp')) problems.push({ field: 'kpp', message: 'an individual entrepreneur (12-digit INN) has no KPP' });
  if (v.ogrn && !reported('ogrn')) {
    if (kind === 'LEGAL' && v.ogrn.length !== 13) problems.push({ field: 'ogrn', message: 'an organisation (10-digit INN) has a 13-digit OGRN' });
    if (kind === 'INDIVIDUAL' && v.ogrn.length !== 15) problems.push({ field: 'ogrn', message: 'an individual entrepreneur (12-digit INN) has a 15-digit OGRNIP' });
  }
  return problems;
}

function normaliseWebsite(text: string | null | undefined, problems: FieldProblem[]): string | null {
  const value = cleanText(text);
  if (!value) return null;
  try {
    const url = new URL(/^https?:\/\//i.test(value) ? value : `https://${value}`);
    if (url.hostname.includes('.')) return url.toString().replace(/\/$/, '');
  } catch {
    // reported below
  }
  problems.push({ field: 'website', message: 'must be a web address such as example.ru' });
  return value;
}

/** Lower-case name, legal name (also transliterated), e-mails, phone digits, INN, OGRN and code: what search matches. */
export function searchTextOf(v: AccountValues, code: string): string {
  const names = [v.name, v.legalName].filter(Boolean).join(' ').toLowerCase();
  const phones = v.phones.flatMap((p) => {
    const digits = p.number.slice(1);
    return digits.startsWith('7') ? [digits, `8${digits.slice(1)}`] : [digits];
  });
  const latin = transliterate(names);
  return [names, latin !== names ? latin : '', ...v.emails.map((e) => e.address), ...phones, v.inn, v.ogrn, code.toLowerCase()].filter(Boolean).join(' ');
}

/** Name without legal form and quotes, for sorting and fuzzy duplicate matching: «ООО "Ромашка"» → "ромашка". */
export function sortNameOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(ооо|оао|зао|пао|ао|ип|нко|ano|ано|фгуп|муп|гуп|llc|ltd|inc|gmbh|ag)\s+/i, '')
    .replace(/[«»"'„“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
