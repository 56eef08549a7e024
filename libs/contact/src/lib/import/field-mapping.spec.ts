import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { previewCsv } from './csv-file';
import { IMPORT_FIELDS, mapRecord, parseDateText, suggestField, suggestMapping, type MappingTarget } from './field-mapping';

const preview = (name: string) => previewCsv(readFileSync(join(__dirname, '__fixtures__', name)));

/** The suggested mapping as "header → field" pairs, easier to read than column numbers. */
function suggestedFields(headers: string[]): Array<[string, MappingTarget]> {
  return suggestMapping(headers).map(({ column, field }) => [headers[column], field]);
}

function mapFirstRow(name: string) {
  const { headers, sampleRows } = preview(name);
  return mapRecord(sampleRows[0], suggestMapping(headers));
}

describe('suggestField', () => {
  it.each([
    ['Фамилия', 'lastName'],
    ['  имя ', 'firstName'],
    ['ОТЧЕСТВО', 'middleName'],
    ['ФИО', 'fullName'],
    ['Ф.И.О.', 'fullName'],
    ['Фамилия, имя, отчество', 'fullName'],
    ['Телефон', 'phone'],
    ['Тел.', 'phone'],
    ['Телефон (E.164)', 'phone'],
    ['Мобильный', 'mobilePhone'],
    ['Телефон мобильный', 'mobilePhone'],
    ['Рабочий телефон', 'workPhone'],
    ['Эл. почта', 'email'],
    ['E-mail', 'email'],
    ['EMAIL', 'email'],
    ['e mail', 'email'],
    ['Дата рождения', 'birthday'],
    ['Должность', 'position'],
    ['Организация', 'company'],
    ['Компания', 'company'],
    ['Комментарий', 'description'],
    ['Теги', 'tags'],
    ['Given Name', 'firstName'],
    ['Family Name', 'lastName'],
    ['E-mail 1 - Value', 'email'],
    ['Phone 3 - Value', 'phone'],
    ['Organization 1 - Name', 'company'],
    ['E-mail Address', 'email'],
    ['E-mail 2 Address', 'email'],
    ['Mobile Phone', 'mobilePhone'],
    ['Business Phone 2', 'workPhone'],
    ['Home Phone', 'homePhone'],
    ['Job Title', 'position'],
    ['Primary Email', 'email'],
    ['Mobile Number', 'mobilePhone'],
    ['Email Home', 'personalEmail'],
    ['Email Work', 'workEmail'],
  ])('%j → %s', (header, field) => {
    expect(suggestField(header)).toBe(field);
  });

  it.each(['', 'Пол', 'Title', 'E-mail 1 - Type', 'Phone 1 - Type', 'Home Address', 'Birth Year', 'Nickname', 'Given Name Yomi', 'E-mail Display Name', 'Home Fax'])(
    'is unsure about %j',
    (header) => {
      expect(suggestField(header)).toBeNull();
    },
  );

  it('only suggests known fields', () => {
    const headers = ['Фамилия', 'Телефон', 'Notes', 'Language', 'ID', 'Labels', 'Home Email'];
    expect(headers.map((h) => suggestField(h)).every((field) => field && (IMPORT_FIELDS as readonly string[]).includes(field))).toBe(true);
  });

  it('suggests a custom field by its label or key, after the built-in names', () => {
    const custom = [{ key: 'hobby', label: 'Хобби' }, { key: 'phone_note', label: 'Phone' }];
    expect(suggestField('ХОББИ', custom)).toBe('custom.hobby');
    expect(suggestField('custom.hobby', custom)).toBe('custom.hobby');
    expect(suggestField('Phone', custom)).toBe('phone');
    expect(mapRecord(['Рыбалка', ''], [{ column: 0, field: 'custom.hobby' }, { column: 1, field: 'custom.budget' }]).custom).toEqual({ hobby: 'Рыбалка' });
  });
});

describe('suggestMapping', () => {
  it('maps a Russian Excel export; both phone columns are kept', () => {
    expect(suggestedFields(preview('ru_contacts_sample.cp1251.csv').headers)).toEqual([
      ['Фамилия', 'lastName'],
      ['Имя', 'firstName'],
      ['Отчество', 'middleName'],
      ['Телефон', 'phone'],
      ['Телефон (E.164)', 'phone'],
    ]);
  });

  it('maps a Google Contacts export', () => {
    const fields = suggestedFields(preview('gmail.csv').headers);
    expect(fields.filter(([, field]) => field !== 'email' && field !== 'phone')).toEqual([
      ['Name', 'fullName'],
      ['Given Name', 'firstName'],
      ['Additional Name', 'middleName'],
      ['Family Name', 'lastName'],
      ['Birthday', 'birthday'],
      ['Notes', 'description'],
      ['Group Membership', 'tags'],
      ['Organization 1 - Name', 'company'],
      ['Organization 1 - Title', 'position'],
    ]);
    expect(fields.filter(([, field]) => field === 'email').map(([header]) => header)).toEqual([
      'E-mail 1 - Value',
      'E-mail 2 - Value',
      'E-mail 3 - Value',
      'E-mail 4 - Value',
    ]);
    expect(fields.filter(([, field]) => field === 'phone')).toHaveLength(7);
  });

  it('maps an Outlook export', () => {
    expect(suggestedFields(preview('outlook.csv').headers)).toEqual([
      ['E-mail Address', 'email'],
      ['E-mail 2 Address', 'email'],
      ['E-mail 3 Address', 'email'],
    ]);
  });

  it('maps a Thunderbird export', () => {
    expect(suggestedFields(preview('tb_plain.csv').headers)).toEqual([
      ['First Name', 'firstName'],
      ['Last Name', 'lastName'],
      ['Display Name', 'fullName'],
      ['Primary Email', 'email'],
      ['Secondary Email', 'email'],
      ['Work Phone', 'workPhone'],
      ['Home Phone', 'homePhone'],
      ['Mobile Number', 'mobilePhone'],
      ['Job Title', 'position'],
      ['Organization', 'company'],
      ['Notes', 'description'],
    ]);
    expect(suggestedFields(preview('csv_semicolon.csv').headers)).toEqual([
      ['Display Name', 'fullName'],
      ['First Name', 'firstName'],
      ['Last Name', 'lastName'],
      ['Primary Email', 'email'],
    ]);
  });

  it('uses a non-repeatable field once, the first column winning', () => {
    expect(suggestMapping(['Имя', 'First Name', 'Телефон', 'Phone', 'Компания', 'Организация'])).toEqual([
      { column: 0, field: 'firstName' },
      { column: 2, field: 'phone' },
      { column: 3, field: 'phone' },
      { column: 4, field: 'company' },
    ]);
  });
});

describe('mapRecord', () => {
  it('maps a Google Contacts row as Roundcube expects it (gmail.vcf)', () => {
    expect(mapFirstRow('gmail.csv')).toEqual({
      firstName: 'Firstname',
      middleName: 'Middle',
      lastName: 'Lastname',
      birthday: '1975-12-12',
      description: 'note"note',
      tags: ['My Contacts', 'Test'],
      emails: ['home@aaa.pl', 'work@email.pl', 'unknown@email.com', 'other@email.com'].map((address) => ({ address, kind: 'OTHER' })),
      phones: ['pager', 'mainphone', 'homephone', 'homefax', 'mobile', 'workphone', 'workfax'].map((number) => ({ number, kind: 'OTHER' })),
      company: 'company',
      position: 'jobtitle',
    });
  });

  it('maps a Thunderbird row with phone and e-mail kinds', () => {
    expect(mapFirstRow('tb_plain.csv')).toEqual({
      firstName: 'Firstname',
      lastName: 'Lastname',
      emails: [
        { address: 'test@domain.tld', kind: 'OTHER' },
        { address: 'next@domain.tld', kind: 'OTHER' },
      ],
      phones: [
        { number: 'phone work', kind: 'WORK' },
        { number: 'phone home', kind: 'HOME' },
        { number: 'mobile', kind: 'MOBILE' },
      ],
      position: 'title',
      company: 'Organization',
      tags: [],
    });
  });

  it('maps the generic Roundcube row with every kind of phone and e-mail', () => {
    const row = mapFirstRow('all.csv');
    expect(row.emails).toEqual([
      { address: 'home@example.com', kind: 'PERSONAL' },
      { address: 'work@example.com', kind: 'WORK' },
      { address: 'other@example.com', kind: 'OTHER' },
    ]);
    expect(row.phones).toEqual([
      { number: '100', kind: 'HOME' },
      { number: '200', kind: 'HOME' },
      { number: '300', kind: 'WORK' },
      { number: '400', kind: 'WORK' },
      { number: '500', kind: 'MOBILE' },
      { number: '600', kind: 'OTHER' },
      { number: '444', kind: 'OTHER' },
    ]);
    expect(row.tags).toEqual(['test']);
    expect(parseDateText(row.birthday!)).toBe('1991-01-20');
  });

  it('maps a Russian Excel row', () => {
    expect(mapFirstRow('ru_contacts_sample.cp1251.csv')).toEqual({
      lastName: 'Смирнов',
      firstName: 'Александр',
      middleName: 'Александрович',
      phones: [
        { number: '+7 (977) 123-45-67', kind: 'OTHER' },
        { number: '+79771234567', kind: 'OTHER' },
      ],
      emails: [],
      tags: [],
    });
  });

  it('trims cells, ignores empty ones and splits lists', () => {
    const mapping = suggestMapping(['Телефон', 'Эл. почта', 'Теги', 'Должность', 'Комментарий', 'Язык', 'Код']);
    const values = [' +7 916 000-00-01 ::: +7 916 000-00-02 ', 'a@example.com', 'vip, клиент; vip ::: опт', '   ', '', ' ru ', '42'];
    expect(mapRecord(values, mapping)).toEqual({
      phones: [
        { number: '+7 916 000-00-01', kind: 'OTHER' },
        { number: '+7 916 000-00-02', kind: 'OTHER' },
      ],
      emails: [{ address: 'a@example.com', kind: 'OTHER' }],
      tags: ['vip', 'клиент', 'опт'],
      language: 'ru',
      externalId: '42',
    });
  });

  it('ignores columns missing from a short record', () => {
    expect(mapRecord(['Анна'], [{ column: 0, field: 'firstName' }, { column: 3, field: 'email' }])).toEqual({
      firstName: 'Анна',
      phones: [],
      emails: [],
      tags: [],
    });
  });

  it('prefers separate name cells to the full name', () => {
    const mapping = suggestMapping(['ФИО', 'Имя']);
    expect(mapRecord(['Иванов Иван Иванович', 'Ваня'], mapping)).toMatchObject({ firstName: 'Ваня' });
    expect(mapRecord(['Иванов Иван Иванович', 'Ваня'], mapping).lastName).toBeUndefined();
    expect(mapRecord(['Иванов Иван Иванович', ''], mapping)).toMatchObject({ lastName: 'Иванов', firstName: 'Иван', middleName: 'Иванович' });
  });

  // Inputs from /work/shared/data/ru-names-phones/ru_fio_gender_cases.csv
  // (rin-nas/postgresql-patterns-library:functions/gender_by_name/tests1.sql, tests2.sql; MIT).
  it.each([
    ['Сергеев Олег Викторович', { lastName: 'Сергеев', firstName: 'Олег', middleName: 'Викторович' }],
    ['Олег Викторович Сергеев', { firstName: 'Олег', middleName: 'Викторович', lastName: 'Сергеев' }],
    ['Савина-Швейко Алина-Саша Владимировна', { lastName: 'Савина-Швейко', firstName: 'Алина-Саша', middleName: 'Владимировна' }],
    ['ПечёрскийЛевПетрович', { lastName: 'Печёрский', firstName: 'Лев', middleName: 'Петрович' }],
    ['ГерманОскарович', { firstName: 'Герман', middleName: 'Оскарович' }],
    ['ГРЕФ ГЕРМАН', { lastName: 'ГРЕФ', firstName: 'ГЕРМАН' }],
    ['Сурин\nНикита\n', { lastName: 'Сурин', firstName: 'Никита' }],
    ['аминова гулзода тахир кизи', { lastName: 'аминова', firstName: 'гулзода', middleName: 'тахир кизи' }],
    ['Анна', { firstName: 'Анна' }],
    ['Emma Watson', { firstName: 'Emma', lastName: 'Watson' }],
    ['Emma Charlotte Duerre Watson', { firstName: 'Emma', middleName: 'Charlotte Duerre', lastName: 'Watson' }],
  ])('splits the full name %j', (fullName, parts) => {
    expect(mapRecord([fullName], [{ column: 0, field: 'fullName' }])).toStrictEqual({ ...parts, phones: [], emails: [], tags: [] });
  });
});

describe('parseDateText', () => {
  it.each([
    ['1985-03-07', '1985-03-07'],
    ['07.03.1985', '1985-03-07'],
    ['7.3.1985', '1985-03-07'],
    ['03/07/1985', '1985-07-03'],
    ['25/03/1985', '1985-03-25'],
    ['03/25/1985', '1985-03-25'],
    ['07-03-1985', '1985-03-07'],
    [' 07.03.1985 0:00:00 ', '1985-03-07'],
    ['1985-03-07T00:00:00Z', '1985-03-07'],
    ['29.02.2000', '2000-02-29'],
  ])('%j → %s', (text, date) => {
    expect(parseDateText(text)).toBe(date);
  });

  it.each(['', 'вчера', '1985', '07.03.85', '31.02.1985', '29.02.1985', '13/13/1985', '1985-13-01', '--03-07', '07.03.1985г'])(
    'rejects %j',
    (text) => {
      expect(parseDateText(text)).toBeNull();
    },
  );
});
