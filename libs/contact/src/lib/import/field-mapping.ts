export const IMPORT_FIELDS = [
  'firstName',
  'middleName',
  'lastName',
  'fullName',
  'phone',
  'mobilePhone',
  'workPhone',
  'homePhone',
  'email',
  'workEmail',
  'personalEmail',
  'birthday',
  'position',
  'company',
  'description',
  'tags',
  'language',
  'externalId',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** A built-in field, or "custom.<key>" for a custom field of contacts. */
export type MappingTarget = ImportField | `custom.${string}`;

export interface MappedRow {
  firstName?: string;
  middleName?: string;
  lastName?: string;
  phones: { number: string; kind: 'MOBILE' | 'WORK' | 'HOME' | 'OTHER' }[];
  emails: { address: string; kind: 'WORK' | 'PERSONAL' | 'OTHER' }[];
  birthday?: string /* raw text */;
  position?: string;
  company?: string;
  description?: string;
  tags: string[];
  language?: string;
  externalId?: string;
  /** Cells of custom-field columns as typed, by key (absent when none is mapped); the service validates them. */
  custom?: Record<string, string>;
}

type PhoneKind = MappedRow['phones'][number]['kind'];
type EmailKind = MappedRow['emails'][number]['kind'];
type NameParts = Pick<MappedRow, 'firstName' | 'middleName' | 'lastName'>;

const PHONE_KINDS = { phone: 'OTHER', mobilePhone: 'MOBILE', workPhone: 'WORK', homePhone: 'HOME' } as const satisfies Record<string, PhoneKind>;
const EMAIL_KINDS = { email: 'OTHER', workEmail: 'WORK', personalEmail: 'PERSONAL' } as const satisfies Record<string, EmailKind>;
type PhoneField = keyof typeof PHONE_KINDS;
type EmailField = keyof typeof EMAIL_KINDS;

// Header names written by Excel/1C users, Google Contacts, Outlook and Thunderbird. They are
// compared by headerKey, so case, punctuation, word order and numbering do not matter.
const HEADER_NAMES: Record<ImportField, string[]> = {
  firstName: ['First Name', 'Given Name', 'Firstname', 'Имя'],
  middleName: ['Middle Name', 'Additional Name', 'Отчество'],
  lastName: ['Last Name', 'Family Name', 'Surname', 'Lastname', 'Фамилия'],
  fullName: ['Name', 'Full Name', 'Display Name', 'ФИО', 'Ф.И.О.', 'Фамилия Имя Отчество', 'Фамилия и имя', 'Полное имя', 'Контактное лицо'],
  phone: ['Phone', 'Telephone', 'Phone Number', 'Primary Phone', 'Other Phone', 'Телефон', 'Тел.', 'Номер телефона', 'Контактный телефон'],
  mobilePhone: ['Mobile', 'Mobile Phone', 'Mobile Number', 'Home Mobile', 'Cell', 'Cell Phone', 'Мобильный', 'Мобильный телефон', 'Моб. телефон', 'Сотовый', 'Сотовый телефон'],
  workPhone: ['Work Phone', 'Business Phone', 'Company Main Phone', 'Office Phone', 'Рабочий телефон', 'Служебный телефон'],
  homePhone: ['Home Phone', 'Домашний телефон'],
  email: ['E-mail', 'E-mail Address', 'Primary Email', 'Secondary Email', 'Other Email', 'Эл. почта', 'Электронная почта', 'Адрес электронной почты', 'Почта'],
  workEmail: ['Work Email', 'Business Email', 'Рабочая почта', 'Рабочий e-mail'],
  personalEmail: ['Home Email', 'Personal Email', 'Личная почта', 'Личный e-mail'],
  birthday: ['Birthday', 'Birth Date', 'Date of Birth', 'Дата рождения', 'День рождения'],
  position: ['Job Title', 'Position', 'Organization Title', 'Должность'],
  company: ['Company', 'Company Name', 'Organization', 'Organization Name', 'Организация', 'Компания', 'Место работы'],
  description: ['Notes', 'Note', 'Comment', 'Comments', 'Description', 'Комментарий', 'Примечание', 'Заметки', 'Описание'],
  tags: ['Tags', 'Labels', 'Categories', 'Group Membership', 'Groups', 'Теги', 'Тег', 'Метки', 'Группы', 'Группа', 'Категории'],
  language: ['Language', 'Язык'],
  externalId: ['ID', 'External ID', 'UID', 'Код', 'Внешний ID', 'Идентификатор'],
};

const FIELD_BY_HEADER_KEY = new Map(
  IMPORT_FIELDS.flatMap((field) => HEADER_NAMES[field].map((name) => [headerKey(name), field] as const)),
);

/**
 * Suggests the target field for a CSV header from Russian and English names used by Excel/1C,
 * Google Contacts, Outlook and Thunderbird, or a custom field by its label or key.
 * Case- and punctuation-insensitive. Returns null when unsure.
 */
export function suggestField(header: string, customFields: { key: string; label: string }[] = []): MappingTarget | null {
  // "Телефон (E.164)", "Phone (mobile)": without its remark the header may still be known.
  const withoutRemarks = header.replace(/\([^)]*\)/g, ' ');
  const builtIn = FIELD_BY_HEADER_KEY.get(headerKey(header)) ?? FIELD_BY_HEADER_KEY.get(headerKey(withoutRemarks));
  if (builtIn) return builtIn;
  const custom = customFields.find((f) => [f.label, f.key, `custom.${f.key}`].some((name) => headerKey(name) === headerKey(header)));
  return custom ? `custom.${custom.key}` : null;
}

/** The header's words, sorted, without numbering and Google's "- Value" suffix: "E-mail 2 Address" → "address email". */
export function headerKey(header: string): string {
  const words = header
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\be[\s._-]*mail\b/g, 'email')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && word !== 'value' && !/^\d+$/.test(word));
  return [...new Set(words)].sort().join(' ');
}

const REPEATABLE_FIELDS = new Set<ImportField>([...Object.keys(PHONE_KINDS), ...Object.keys(EMAIL_KINDS)] as ImportField[]);

/** Given all headers, suggests a mapping in which each field is used at most once except phone/email kinds (first wins). */
export function suggestMapping(headers: string[]): Array<{ column: number; field: MappingTarget }> {
  const used = new Set<MappingTarget>();
  const mapping: Array<{ column: number; field: MappingTarget }> = [];
  headers.forEach((header, column) => {
    const field = suggestField(header);
    if (!field || used.has(field)) return;
    if (!REPEATABLE_FIELDS.has(field as ImportField)) used.add(field);
    mapping.push({ column, field });
  });
  return mapping;
}

/** Applies a mapping to one record's values: trims cells, splits Google's ":::" multi-values and comma/semicolon lists for tags, splits a "fullName" into parts, ignores empty cells. No validation here (the service validates). */
export function mapRecord(values: string[], mapping: Array<{ column: number; field: MappingTarget }>): MappedRow {
  const row: MappedRow = { phones: [], emails: [], tags: [] };
  let fullName: string | undefined;
  for (const { column, field } of mapping) {
    const cell = values[column]?.trim();
    if (!cell) continue;
    if (field.startsWith('custom.')) (row.custom ??= {})[field.slice(7)] ??= cell;
    else if (!isImportField(field)) continue;
    else if (field === 'fullName') fullName ??= cell;
    else if (field === 'tags') row.tags = [...new Set([...row.tags, ...splitTags(cell)])];
    else if (isPhoneField(field)) row.phones.push(...splitMultiValue(cell).map((number) => ({ number, kind: PHONE_KINDS[field] })));
    else if (isEmailField(field)) row.emails.push(...splitMultiValue(cell).map((address) => ({ address, kind: EMAIL_KINDS[field] })));
    else row[field] ??= cell;
  }
  // Separate name cells are more reliable than a split full name, so it only fills in for them.
  const hasNameParts = row.firstName !== undefined || row.middleName !== undefined || row.lastName !== undefined;
  return fullName && !hasNameParts ? { ...row, ...splitFullName(fullName) } : row;
}

function isImportField(field: string): field is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(field);
}

function isPhoneField(field: ImportField): field is PhoneField {
  return field in PHONE_KINDS;
}

function isEmailField(field: ImportField): field is EmailField {
  return field in EMAIL_KINDS;
}

// Google Contacts joins several values of one cell with " ::: ".
function splitMultiValue(cell: string): string[] {
  return cell
    .split(':::')
    .map((value) => value.trim())
    .filter(Boolean);
}

// Google marks its system groups with "* " ("* My Contacts"); the group name itself is kept.
function splitTags(cell: string): string[] {
  return cell
    .split(/:::|[,;]/)
    .map((tag) => tag.trim().replace(/^\*\s+/, ''))
    .filter(Boolean);
}

const PATRONYMIC_ENDING = /(?:вич|вна|ична|оглы|кызы|кизи|vich|vna|ichna)$/i;
// Turkic patronymics are two words: the father's name and "оглы" (son) or "кызы"/"кизи" (daughter).
const TURKIC_PATRONYMIC_WORD = /^(?:оглы|кызы|кизи)$/i;
const CYRILLIC = /\p{Script=Cyrillic}/u;
// "ПечёрскийЛевПетрович": Cyrillic names typed without spaces. Latin is left alone ("McDonald").
const GLUED_CYRILLIC_WORDS = /(?<=\p{Ll})(?=\p{Lu})(?=\p{Script=Cyrillic})/gu;

function splitFullName(fullName: string): NameParts {
  const words = nameWords(fullName);
  if (words.length === 1) return { firstName: words[0] };
  const [first, second, ...rest] = words;
  const last = words[words.length - 1];
  // "Олег Викторович Сергеев", or just "Иван Петрович".
  if (isPatronymic(second) && words.length <= 3) return withoutEmpty({ firstName: first, middleName: second, lastName: rest[0] });
  // "Фамилия Имя Отчество", also transliterated ("Ivanov Ivan Ivanovich").
  if (isPatronymic(last) || CYRILLIC.test(fullName)) return withoutEmpty({ lastName: first, firstName: second, middleName: rest.join(' ') });
  return withoutEmpty({ firstName: first, middleName: words.slice(1, -1).join(' '), lastName: last });
}

function withoutEmpty(parts: NameParts): NameParts {
  return Object.fromEntries(Object.entries(parts).filter(([, part]) => part));
}

function nameWords(fullName: string): string[] {
  const words = fullName.replace(GLUED_CYRILLIC_WORDS, ' ').split(/\s+/).filter(Boolean);
  const last = words.length - 1;
  if (words.length >= 3 && TURKIC_PATRONYMIC_WORD.test(words[last])) {
    return [...words.slice(0, last - 1), `${words[last - 1]} ${words[last]}`];
  }
  return words;
}

function isPatronymic(word: string): boolean {
  return PATRONYMIC_ENDING.test(word);
}

const YEAR_FIRST = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/;
const YEAR_LAST = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/;
// Excel and 1C export dates with a time of day: "07.03.1985 0:00:00", "1985-03-07T00:00:00Z".
const TIME_OF_DAY = /[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** Parses a birthday typed as "1985-03-07", "07.03.1985", "7.3.1985" or "03/07/1985" into "YYYY-MM-DD", or null when unparseable. a/b/yyyy is day/month unless b > 12, as in Russia. */
export function parseDateText(text: string): string | null {
  const date = text.trim().replace(TIME_OF_DAY, '');
  const yearFirst = YEAR_FIRST.exec(date);
  if (yearFirst) return calendarDate(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  const yearLast = YEAR_LAST.exec(date);
  if (!yearLast) return null;
  const [a, b, year] = [Number(yearLast[1]), Number(yearLast[2]), Number(yearLast[3])];
  // Month first only when the second number cannot be a month ("03/25/1985").
  return b > 12 ? calendarDate(year, a, b) : calendarDate(year, b, a);
}

function calendarDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls "31.02" over into March; a real date survives the round trip.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
