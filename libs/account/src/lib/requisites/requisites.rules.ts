/**
 * Company requisites: Russian registration and bank identifiers (INN, KPP, OGRN, OGRNIP, BIK,
 * bank accounts, SNILS) and European VAT IDs. Every check takes the text as a user typed it and
 * returns the normalised value or a short reason that reads after the field name
 * ("INN must be 10 or 12 digits").
 */
export type Check = { ok: true; value: string } | { ok: false; reason: string };

const ok = (value: string): Check => ({ ok: true, value });
const fail = (reason: string): Check => ({ ok: false, reason });

const WRONG_CHECK_DIGIT = 'has a wrong check digit';

/**
 * Trim, drop spaces, dots and dashes that sit between letters or digits (people paste
 * "7707 083 893" or "112-233-445 95") and uppercase. Anything else stays, so the format checks
 * reject it instead of it being silently dropped.
 */
function normalise(text: string): string {
  return text
    .trim()
    .replace(/(?<=[0-9A-Za-z])[\s.-]+(?=[0-9A-Za-z])/g, '')
    .toUpperCase();
}

const digitsOf = (value: string) => Array.from(value, Number);

/** Σ digit × weight, weights aligned with the first digits of the value. */
const weighted = (value: string, weights: readonly number[]) => weights.reduce((sum, w, i) => sum + w * Number(value[i]), 0);

/** Remainder of a long digit string, one digit at a time: exact for any length, unlike Number. */
const modOf = (digits: string, m: number) => Array.from(digits).reduce((r, d) => (r * 10 + Number(d)) % m, 0);

/** Shared first step for the all-digit identifiers: empty, non-digits, then length. */
function digitsCheck(text: string, lengths: readonly number[]): Check {
  const value = normalise(text);
  if (!value) return fail('is empty');
  if (!/^\d+$/.test(value)) return fail('must contain only digits');
  if (!lengths.includes(value.length)) return fail(`must be ${lengths.join(' or ')} digits`);
  return ok(value);
}

// --- INN -------------------------------------------------------------------------------------

const INN10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_FIRST = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_SECOND = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

const innDigit = (value: string, weights: readonly number[]) => (weighted(value, weights) % 11) % 10;

/** INN: 10 digits for an organisation, 12 for an individual (incl. sole proprietors). */
export function checkInn(text: string): Check {
  const c = digitsCheck(text, [10, 12]);
  if (!c.ok) return c;
  const v = c.value;
  const sound =
    v.length === 10
      ? innDigit(v, INN10) === Number(v[9])
      : innDigit(v, INN12_FIRST) === Number(v[10]) && innDigit(v, INN12_SECOND) === Number(v[11]);
  return sound ? c : fail(WRONG_CHECK_DIGIT);
}

/** Whose INN a checked value is; the length alone decides. */
export function innKind(value: string): 'LEGAL' | 'INDIVIDUAL' {
  const v = normalise(value);
  if (/^\d{10}$/.test(v)) return 'LEGAL';
  if (/^\d{12}$/.test(v)) return 'INDIVIDUAL';
  throw new RangeError(`Not an INN: ${value}`);
}

// --- KPP -------------------------------------------------------------------------------------

/** KPP: tax office (4 digits), reason code (2 digits or letters), serial number (3 digits). */
export function checkKpp(text: string): Check {
  const value = normalise(text);
  if (!value) return fail('is empty');
  if (value.length !== 9) return fail('must be 9 characters');
  return /^\d{4}[0-9A-Z]{2}\d{3}$/.test(value) ? ok(value) : fail('must be 4 digits, 2 digits or letters, then 3 digits');
}

// --- OGRN / OGRNIP ---------------------------------------------------------------------------

/** OGRN (organisation): 13 digits, not starting with 0; last = first 12 mod 11 mod 10. */
export function checkOgrn(text: string): Check {
  const c = digitsCheck(text, [13]);
  if (!c.ok) return c;
  if (c.value[0] === '0') return fail('must not start with 0');
  return (modOf(c.value.slice(0, 12), 11) % 10) === Number(c.value[12]) ? c : fail(WRONG_CHECK_DIGIT);
}

/** OGRNIP (sole proprietor): 15 digits starting with 3 or 4; last = first 14 mod 13 mod 10. */
export function checkOgrnip(text: string): Check {
  const c = digitsCheck(text, [15]);
  if (!c.ok) return c;
  if (c.value[0] !== '3' && c.value[0] !== '4') return fail('must start with 3 or 4');
  return (modOf(c.value.slice(0, 14), 13) % 10) === Number(c.value[14]) ? c : fail(WRONG_CHECK_DIGIT);
}

/** Either registration number, for a field that takes an organisation or a sole proprietor. */
export function checkRegistrationNumber(text: string): Check {
  const c = digitsCheck(text, [13, 15]);
  if (!c.ok) return c;
  return c.value.length === 13 ? checkOgrn(c.value) : checkOgrnip(c.value);
}

// --- BIK and bank accounts -------------------------------------------------------------------

/** BIK of a Russian bank: 9 digits; the first two are the country code 04, so it starts with 0. */
export function checkBik(text: string): Check {
  const c = digitsCheck(text, [9]);
  if (!c.ok) return c;
  return c.value[0] === '0' ? c : fail('must start with 0');
}

/** Control key of an account: weights 7,1,3 repeated over the 3-digit prefix + 20 digits. */
const accountKeyOk = (prefix: string, account: string) => {
  const all = prefix + account;
  return weighted(all, Array.from(all, (_, i) => [7, 1, 3][i % 3])) % 10 === 0;
};

/** A correspondent account's key uses "0" + the BIK's region-division digits (5–6). */
const correspondentPrefix = (bik: string) => '0' + bik.slice(4, 6);

/** Bank of Russia cash-settlement centres (BIK ending 000–002) keep clients' accounts like correspondent ones. */
const isSettlementCentre = (bik: string) => ['000', '001', '002'].includes(bik.slice(6));

/** Client (settlement, расчётный) account: 20 digits whose control key depends on the bank's BIK. */
export function checkSettlementAccount(account: string, bik?: string | null): Check {
  const c = digitsCheck(account, [20]);
  if (!c.ok) return c;
  const b = checkBik(bik ?? '');
  if (!b.ok) return fail('needs a valid BIK to check');
  const prefix = isSettlementCentre(b.value) ? correspondentPrefix(b.value) : b.value.slice(6);
  return accountKeyOk(prefix, c.value) ? c : fail('has a wrong control key for this BIK');
}

/** Correspondent account of a bank at the Bank of Russia: 20 digits starting 301. */
export function checkCorrespondentAccount(account: string, bik?: string | null): Check {
  const c = digitsCheck(account, [20]);
  if (!c.ok) return c;
  if (!c.value.startsWith('301')) return fail('must start with 301');
  const b = checkBik(bik ?? '');
  if (!b.ok) return fail('needs a valid BIK to check');
  return accountKeyOk(correspondentPrefix(b.value), c.value) ? c : fail('has a wrong control key for this BIK');
}

// --- SNILS -----------------------------------------------------------------------------------

/** SNILS: 9-digit number + 2-digit checksum; numbers up to 001-001-998 were issued without one. */
export function checkSnils(text: string): Check {
  const c = digitsCheck(text, [11]);
  if (!c.ok) return c;
  const v = c.value;
  if (Number(v.slice(0, 9)) <= 1001998) return c;
  const sum = weighted(v, [9, 8, 7, 6, 5, 4, 3, 2, 1]);
  // 100 and 101 count as 00; above that take mod 101, where 100 again means 00.
  const expected = sum < 100 ? sum : (sum % 101) % 100;
  return expected === Number(v.slice(9)) ? c : fail(WRONG_CHECK_DIGIT);
}

// --- VAT IDs ---------------------------------------------------------------------------------

/** DE: ISO 7064 MOD 11,10 over the first 8 digits gives the 9th. */
function deSound(digits: string): boolean {
  let p = 10;
  for (const d of digitsOf(digits.slice(0, 8))) {
    const s = (d + p) % 10 || 10;
    p = (2 * s) % 11;
  }
  return (11 - p) % 10 === Number(digits[8]);
}

/** IT partita IVA: Luhn over all 11 digits (every second digit doubled, 9 subtracted above 9). */
function itSound(digits: string): boolean {
  const sum = digitsOf(digits).reduce((s, d, i) => s + (i % 2 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0);
  return sum % 10 === 0;
}

/**
 * NL: the classic number (RSIN/fiscal number) passes the "elfproef", weights 9..2 then the check
 * digit; since 2020 sole proprietors get an ID that instead passes mod 97 over the whole ID with
 * letters as numbers (N=23, L=21, B=11), as in IBAN.
 */
function nlSound(rest: string): boolean {
  const r = weighted(rest, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
  if (r < 10 && r === Number(rest[8])) return true;
  const asNumber = ('NL' + rest).replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  return modOf(asNumber, 97) === 1;
}

interface VatFormat {
  pattern: RegExp;
  /** Human description of what follows the prefix, for the reason. */
  shape: string;
  /** The prefix as people know it, when longer than the two letters. */
  label?: string;
  sound?: (rest: string) => boolean;
}

const UK: VatFormat = { pattern: /^(\d{9}|\d{12}|(GD|HA)\d{3})$/, shape: '9 or 12 digits, or GD/HA and 3 digits' };

// What follows the two-letter prefix (format per the EU VIES / national rules).
const VAT: Record<string, VatFormat> = {
  AT: { pattern: /^U\d{8}$/, shape: 'U and 8 digits' },
  BE: { pattern: /^[01]\d{9}$/, shape: '10 digits starting with 0 or 1' },
  BG: { pattern: /^\d{9,10}$/, shape: '9 or 10 digits' },
  CY: { pattern: /^\d{8}[A-Z]$/, shape: '8 digits and a letter' },
  CZ: { pattern: /^\d{8,10}$/, shape: '8 to 10 digits' },
  DE: { pattern: /^\d{9}$/, shape: '9 digits', sound: deSound },
  DK: { pattern: /^\d{8}$/, shape: '8 digits' },
  EE: { pattern: /^\d{9}$/, shape: '9 digits' },
  EL: { pattern: /^\d{9}$/, shape: '9 digits' },
  ES: { pattern: /^([A-Z]\d{7}[0-9A-Z]|\d{8}[A-Z])$/, shape: '9 characters with a letter first or last' },
  FI: { pattern: /^\d{8}$/, shape: '8 digits' },
  FR: { pattern: /^[0-9A-HJ-NP-Z]{2}\d{9}$/, shape: '2 digits or letters (not I or O) and 9 digits' },
  HR: { pattern: /^\d{11}$/, shape: '11 digits' },
  HU: { pattern: /^\d{8}$/, shape: '8 digits' },
  IE: { pattern: /^(\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/, shape: '7 digits and 1 or 2 letters' },
  IT: { pattern: /^\d{11}$/, shape: '11 digits', sound: itSound },
  LT: { pattern: /^(\d{9}|\d{12})$/, shape: '9 or 12 digits' },
  LU: { pattern: /^\d{8}$/, shape: '8 digits' },
  LV: { pattern: /^\d{11}$/, shape: '11 digits' },
  MT: { pattern: /^\d{8}$/, shape: '8 digits' },
  NL: { pattern: /^\d{9}B\d{2}$/, shape: '9 digits, B and 2 digits', sound: nlSound },
  PL: { pattern: /^\d{10}$/, shape: '10 digits' },
  PT: { pattern: /^\d{9}$/, shape: '9 digits' },
  RO: { pattern: /^[1-9]\d{1,9}$/, shape: '2 to 10 digits' },
  SE: { pattern: /^\d{10}01$/, shape: '12 digits ending in 01' },
  SI: { pattern: /^\d{8}$/, shape: '8 digits' },
  SK: { pattern: /^\d{10}$/, shape: '10 digits' },
  XI: UK,
  GB: UK,
  // Swiss UID: CHE + 9 digits, the VAT register adds MWST/TVA/IVA (the language of the entry).
  CH: { pattern: /^E\d{9}(MWST|TVA|IVA)?$/, label: 'CHE', shape: '9 digits and optionally MWST, TVA or IVA' },
  NO: { pattern: /^\d{9}MVA$/, shape: '9 digits and MVA' },
};

/**
 * VAT ID with its country prefix (EU incl. XI, GB, CH, NO). Checks the format; the check digit
 * only for DE, IT and NL.
 */
export function checkVatId(text: string): Check {
  const value = normalise(text);
  if (!value) return fail('is empty');
  const country = value.slice(0, 2);
  if (country === 'GR') return fail('must start with EL for Greece');
  const format = Object.hasOwn(VAT, country) ? VAT[country] : undefined;
  if (!format) return fail('must start with a country code such as DE or FR');
  const rest = value.slice(2);
  if (!format.pattern.test(rest)) return fail(`must be ${format.label ?? country} followed by ${format.shape}`);
  return !format.sound || format.sound(rest) ? ok(value) : fail(WRONG_CHECK_DIGIT);
}
