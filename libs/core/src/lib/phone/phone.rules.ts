import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js';

// The default ("min") metadata is enough: numbers are accepted when their length is possible for
// the country (isPossible). isValid() is stricter than the test vectors, which accept unassigned
// Russian ranges such as "677 1234567" → +76771234567, like the SQL normaliser they come from.

export interface NormalizedPhone {
  e164: string;
  extension: string | null;
}

const DEFAULT_REGION: CountryCode = 'RU';

// "доб 123", "доп. 12", "вн. 123", "ext. 12", "x12", "#12"; the marker must not end a longer word.
const EXTENSION = /(?<!\p{L})(?:доб(?:авочный)?|доп|вн(?:утр(?:енний)?)?|ext(?:ension)?|x|#)\.?\s*:?\s*(\d{1,7})/giu;

// People paste numbers from web pages: "123&ndash;45&minus;67". Every such entity is a separator.
const HTML_ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z]+);/gi;

// A run of characters people type inside one phone number, starting at "+" (also "++ 7", "+ 7")
// or a digit. Letters, commas, semicolons and a second "+" end it, so "с 12.00 до 22.00",
// names and further numbers are left out.
const PHONE_RUN = /(?:\+[\s+]*)?\d[\d\s().\-/\u2010-\u2015\u2212]*/;

const DIGIT_GROUP = /(\/?)[^\d/]*(\d+)/g;

interface DigitGroup {
  digits: string;
  /** "123-45-67/69/70": after a complete number a slash starts an alternative ending. */
  afterSlash: boolean;
}

/** Parses a phone typed by a person in any common format into E.164. Returns null when the text holds no valid phone number. */
export function normalizePhone(input: string, defaultRegion: CountryCode = DEFAULT_REGION): NormalizedPhone | null {
  const { main, extension } = splitExtension(input.replace(HTML_ENTITY, ' '));
  const run = PHONE_RUN.exec(main)?.[0];
  if (!run) return null;
  const phone = firstPhoneInRun(run, defaultRegion);
  return phone ? { e164: phone.number, extension } : null;
}

function splitExtension(text: string): { main: string; extension: string | null } {
  // A marker before any digit ("#1: +7 …", "доп. 8 916 …") is a label, not an extension.
  const match = [...text.matchAll(EXTENSION)].find(({ index }) => /\d/.test(text.slice(0, index)));
  return match ? { main: text.slice(0, match.index), extension: match[1] } : { main: text, extension: null };
}

function firstPhoneInRun(run: string, region: CountryCode): PhoneNumber | undefined {
  const groups = digitGroups(run);
  if (run.startsWith('+')) return longestPossiblePrefix(groups, (digits) => parsePhoneNumberFromString(`+${digits}`));
  return (
    longestPossiblePrefix(groups, (digits) => parsePhoneNumberFromString(digits, region)) ??
    // "375171234567": an international number typed without "+".
    longestPossiblePrefix(groups, (digits) => parsePhoneNumberFromString(`+${digits}`))
  );
}

function digitGroups(run: string): DigitGroup[] {
  return [...run.matchAll(DIGIT_GROUP)].map(([, slash, digits]) => ({ digits, afterSlash: slash === '/' }));
}

/** Grows the number group by group and keeps the longest one of a possible length. */
function longestPossiblePrefix(
  groups: DigitGroup[],
  parse: (digits: string) => PhoneNumber | undefined,
): PhoneNumber | undefined {
  let best: PhoneNumber | undefined;
  let digits = '';
  for (const group of groups) {
    if (group.afterSlash && best) break;
    digits += group.digits;
    const phone = parse(digits);
    if (phone?.isPossible()) best = phone;
  }
  return best;
}

// A trunk "8" plus at least a three-digit area code: "8916…" is then surely "+7916…".
const RUSSIAN_TRUNK_PREFIX = /^8(\d{3,})$/;

/** Digits a user typed as a search fragment, mapped so that a Russian "8 9xx" / "89xx" prefix also matches "+79xx" (returns the digit strings to look for, e.g. ["9161234"]). */
export function phoneSearchFragments(input: string): string[] {
  const digits = input.replace(/\D/g, '');
  if (!digits) return [];
  const trunk = input.trimStart().startsWith('+') ? null : RUSSIAN_TRUNK_PREFIX.exec(digits);
  // The typed digits stay a fragment: "8916" may also be the middle of another number.
  return trunk ? [digits, `7${trunk[1]}`] : [digits];
}

/** Formats an E.164 number for display (international format, e.g. "+7 916 123-45-67"). */
export function formatPhone(e164: string): string {
  const phone = parsePhoneNumberFromString(e164);
  if (!phone) return e164;
  const international = phone.formatInternational();
  return phone.country === 'RU' ? withRussianHyphens(international) : international;
}

// libphonenumber-js puts spaces between all groups in international format; Russian convention
// (and Google's RU metadata) writes the subscriber number with hyphens: "+7 916 123-45-67".
function withRussianHyphens(international: string): string {
  const [countryCode, areaCode, ...subscriber] = international.split(' ');
  return subscriber.length > 1 ? `${countryCode} ${areaCode} ${subscriber.join('-')}` : international;
}
