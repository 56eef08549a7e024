import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import {
  detectDelimiter,
  detectEncoding,
  escapeFormula,
  MAX_QUOTED_FIELD_CHARS,
  PREVIEW_BYTES,
  previewCsv,
  readCsvRecords,
  type CsvEncoding,
  type CsvRecord,
} from './csv-file';

const fixturePath = (name: string) => join(__dirname, '__fixtures__', name);
const fixture = (name: string) => readFileSync(fixturePath(name));

async function collect(records: AsyncIterable<CsvRecord>): Promise<CsvRecord[]> {
  const collected: CsvRecord[] = [];
  for await (const record of records) collected.push(record);
  return collected;
}

function readFixture(name: string, delimiter: string, encoding: CsvEncoding = 'utf8'): Promise<CsvRecord[]> {
  return collect(readCsvRecords(createReadStream(fixturePath(name)), { encoding, delimiter }));
}

function readText(text: string, delimiter = ',', encoding: CsvEncoding = 'utf8'): Promise<CsvRecord[]> {
  return collect(readCsvRecords(Readable.from([iconv.encode(text, encoding)]), { encoding, delimiter }));
}

describe('detectEncoding', () => {
  const russianCsv = 'Фамилия;Имя;Телефон\r\nСмирнов;Александр;+7 (977) 123-45-67\r\n';

  it.each([
    ['ru_contacts_sample.utf8.csv', 'utf8'],
    ['ru_contacts_sample.cp1251.csv', 'windows-1251'],
    ['all.csv', 'utf8'],
    ['gmail.csv', 'utf8'],
    ['utf-16_sample.vcf', 'utf16be'],
  ])('%s → %s', (name, encoding) => {
    expect(detectEncoding(fixture(name))).toBe(encoding);
  });

  it.each([
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(russianCsv, 'utf16le')]), 'utf16le'],
    ['UTF-16BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(russianCsv, 'utf16be')]), 'utf16be'],
    ['UTF-16LE without a BOM', iconv.encode(russianCsv, 'utf16le'), 'utf16le'],
    ['UTF-16BE without a BOM', iconv.encode(russianCsv, 'utf16be'), 'utf16be'],
    ['UTF-8 cut inside a character', Buffer.from(russianCsv).subarray(0, 3), 'utf8'],
    ['an empty sample', Buffer.alloc(0), 'utf8'],
  ])('%s', (_name, sample, encoding) => {
    expect(detectEncoding(sample)).toBe(encoding);
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['Фамилия;Имя;Отчество;Пол;Телефон\r\n', ';'],
    ['First Name,Last Name,Display Name\n', ','],
    ['Name\tPhone\tE-mail\n', '\t'],
    ['"Фамилия; Имя; Отчество",Телефон,E-mail\n', ','],
    ['"Note\nwith;;;";Name;Phone\n', ';'],
    ['Primary Email\ntest1@domain.tld\n', ','],
    ['Name\n1;2;3;4\n', ','],
    ['\r\n  \r\nФамилия;Имя\r\n', ';'],
  ])('%j → %j', (firstLines, delimiter) => {
    expect(detectDelimiter(firstLines)).toBe(delimiter);
  });

  it('finds the delimiter of every fixture', () => {
    const text = (name: string) => iconv.decode(fixture(name), detectEncoding(fixture(name)));
    expect(detectDelimiter(text('ru_contacts_sample.cp1251.csv'))).toBe(';');
    expect(detectDelimiter(text('csv_semicolon.csv'))).toBe(';');
    expect(detectDelimiter(text('basic_csv_addressbook.csv'))).toBe(',');
    expect(detectDelimiter(text('gmail.csv'))).toBe(',');
  });
});

describe('previewCsv', () => {
  it('detects a Windows-1251 Excel export', () => {
    const preview = previewCsv(fixture('ru_contacts_sample.cp1251.csv'));
    expect(preview).toMatchObject({ encoding: 'windows-1251', delimiter: ';' });
    expect(preview.headers).toEqual(['Фамилия', 'Имя', 'Отчество', 'Пол', 'Телефон', 'Телефон (E.164)']);
    expect(preview.sampleRows).toHaveLength(5);
    expect(preview.sampleRows[0]).toEqual(['Смирнов', 'Александр', 'Александрович', 'М', '+7 (977) 123-45-67', '+79771234567']);
  });

  it('drops the BOM from the first header', () => {
    const preview = previewCsv(fixture('all.csv'));
    expect(preview.headers[0]).toBe('Display Name');
    expect(preview.headers).toHaveLength(61);
  });

  it('keeps multi-line cells of a Google export', () => {
    const preview = previewCsv(fixture('gmail.csv'));
    expect(preview.headers).toHaveLength(81);
    expect(preview.sampleRows).toHaveLength(1);
    expect(preview.sampleRows[0][preview.headers.indexOf('Address 2 - Formatted')]).toBe('work_street\nwork_city work_zip\nwork_country');
  });

  it('reads the last line of a whole small file that lacks a final line break', () => {
    expect(previewCsv(Buffer.from('a;b\r\n1;2')).sampleRows).toEqual([['1', '2']]);
  });

  it('ignores the line cut off at the end of a full-size sample', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `Иван${i},+7 916 000-${i}`).join('\n');
    const sample = Buffer.from(`Имя,Телефон\n${rows}`).subarray(0, PREVIEW_BYTES);
    const preview = previewCsv(sample);
    expect(preview.sampleRows).toEqual([0, 1, 2, 3, 4].map((i) => [`Иван${i}`, `+7 916 000-${i}`]));
  });

  it('uses the encoding and delimiter it is given', () => {
    const sample = iconv.encode('Имя\tТелефон\n"Анна; Мария"\t8 916 000 00 00\n', 'utf16le');
    expect(previewCsv(sample, 'utf16le', '\t')).toEqual({
      encoding: 'utf16le',
      delimiter: '\t',
      headers: ['Имя', 'Телефон'],
      sampleRows: [['Анна; Мария', '8 916 000 00 00']],
    });
  });

  it('gives nothing for an empty file', () => {
    expect(previewCsv(Buffer.alloc(0))).toEqual({ encoding: 'utf8', delimiter: ',', headers: [], sampleRows: [] });
  });
});

describe('readCsvRecords', () => {
  it('reads the UTF-8 and the Windows-1251 copies of a file identically', async () => {
    const utf8 = await readFixture('ru_contacts_sample.utf8.csv', ';');
    const cp1251 = await readFixture('ru_contacts_sample.cp1251.csv', ';', 'windows-1251');
    expect(cp1251).toEqual(utf8);
    expect(utf8).toHaveLength(23);
    expect(utf8.map((record) => record.line)).toEqual(Array.from({ length: 23 }, (_, i) => i + 2));
    expect(utf8[6]).toEqual({ line: 8, values: ['Попов', 'Андрей', 'Дмитриевич', 'М', '8 (812) 123&ndash;45&minus;67', '+78121234567'] });
  });

  it('gives the same records however the bytes are chunked', async () => {
    const bytes = fixture('ru_contacts_sample.cp1251.csv');
    const oneByteChunks = Readable.from(Array.from(bytes, (byte) => Buffer.from([byte])));
    const records = await collect(readCsvRecords(oneByteChunks, { encoding: 'windows-1251', delimiter: ';' }));
    expect(records).toEqual(await readFixture('ru_contacts_sample.utf8.csv', ';'));
  });

  it('reads a Google Contacts export with multi-line cells and ":::" values', async () => {
    const [record, ...rest] = await readFixture('gmail.csv', ',');
    expect(rest).toEqual([]);
    expect(record.line).toBe(2);
    const values = (record as { values: string[] }).values;
    expect(values).toHaveLength(81);
    expect(values[25]).toBe('note"note');
    expect(values[26]).toBe('* My Contacts ::: Test');
    expect(values[50]).toBe('home_street\nhome_pobox\nhome_city, home_state home_zip\nhome_country');
  });

  it('reads an Outlook export', async () => {
    expect(await readFixture('outlook.csv', ',')).toEqual([
      { line: 2, values: ['test1@domain.tld', 'test2@domain.tld', 'test3@domain.tld'] },
    ]);
  });

  it('reads Thunderbird exports with comma and semicolon', async () => {
    const comma = await readFixture('basic_csv_addressbook.csv', ',');
    expect(comma.map((record) => record.line)).toEqual([2, 3]);
    expect(comma.map((record) => ('values' in record ? record.values.slice(0, 5) : record))).toEqual([
      ['John', 'Doe', 'John Doe', '', 'john@doe.invalid'],
      ['Jane', 'Doe', 'Jane Doe', '', 'jane@doe.invalid'],
    ]);
    expect(await readFixture('csv_semicolon.csv', ';')).toEqual([
      { line: 2, values: ['John Doe', 'John', 'Doe', 'john@doe.invalid'] },
      { line: 3, values: ['Jane Doe', 'Jane', 'Doe', 'jane@doe.invalid'] },
    ]);
  });

  it('reads a UTF-8 file with a BOM', async () => {
    const [record] = await readFixture('all.csv', ',');
    expect(record).toMatchObject({ line: 2 });
    expect((record as { values: string[] }).values.slice(40, 43)).toEqual(['Other Country', 'female', '20/01/1991']);
  });

  it('reports a record with broken quoting by its line and reads on', async () => {
    const file = [
      'Имя;Телефон;Комментарий',
      'Анна;+7 916 000-00-01;ок',
      'Борис;+7 916 000-00-02;"две',
      'строки"',
      'Вера;+7 916 000-00-03;"ООО "Ромашка" закрыто"',
      'Глеб;+7 916 000-00-04;ООО "Лютик"',
    ].join('\r\n');
    expect(await readText(file, ';', 'windows-1251')).toEqual([
      { line: 2, values: ['Анна', '+7 916 000-00-01', 'ок'] },
      { line: 3, values: ['Борис', '+7 916 000-00-02', 'две\nстроки'] },
      { line: 5, error: 'broken quoting: unexpected "Р" after the closing quote in column 3' },
      { line: 6, values: ['Глеб', '+7 916 000-00-04', 'ООО "Лютик"'] },
    ]);
  });

  it('reports a quote left open to the end of the file', async () => {
    expect(await readText('a,b\n1,2\n3,"open\n4,5\n')).toEqual([
      { line: 2, values: ['1', '2'] },
      { line: 3, error: 'broken quoting: the quoted field in column 2 is never closed (the record spans lines 3–4)' },
    ]);
  });

  it('reports an unclosed quote that swallowed lines when the next quote breaks the record', async () => {
    expect(await readText('a,b\n1,"open\n2,x\n3,"ok"\n4,y\n')).toEqual([
      { line: 2, error: 'broken quoting: unexpected "o" after the closing quote in column 2 (the record spans lines 2–4)' },
      { line: 5, values: ['4', 'y'] },
    ]);
  });

  it('gives up on a quoted field too long to be real and reads on', async () => {
    const records = await readText(`a,b\n1,"${'x'.repeat(MAX_QUOTED_FIELD_CHARS + 1)}\n2,y\n`);
    expect(records).toEqual([
      { line: 2, error: `broken quoting: the quoted field in column 2 is not closed within ${MAX_QUOTED_FIELD_CHARS} characters` },
      { line: 3, values: ['2', 'y'] },
    ]);
  });

  it('pads short rows and trims long ones to the header width', async () => {
    expect(await readText('a,b,c\n1\n1,2,3,4\n"",,\n')).toEqual([
      { line: 2, values: ['1', '', ''] },
      { line: 3, values: ['1', '2', '3'] },
    ]);
  });

  it('skips blank lines and rows of bare delimiters but counts their lines', async () => {
    expect(await readText('a;b\r\n\r\n1;2\r\n;\r\n  ; \r\n3;4', ';')).toEqual([
      { line: 3, values: ['1', '2'] },
      { line: 6, values: ['3', '4'] },
    ]);
  });

  it('reads files with lone CR line breaks', async () => {
    expect(await readText('a,b\r1,"x\ry"\r3,4')).toEqual([
      { line: 2, values: ['1', 'x\ny'] },
      { line: 4, values: ['3', '4'] },
    ]);
  });

  it('reads UTF-16 files', async () => {
    expect(await readText('\ufeffИмя;Телефон\r\nАнна;8 916 000 00 00\r\n', ';', 'utf16le')).toEqual([
      { line: 2, values: ['Анна', '8 916 000 00 00'] },
    ]);
  });

  it('refuses a file whose header cannot be read', async () => {
    await expect(readText('"a,b\n1,2\n')).rejects.toThrow('Cannot read the CSV header on line 1: broken quoting');
  });

  describe('a large file', () => {
    const ROWS = 200_000;
    const ROWS_PER_CHUNK = 1000;
    const CHUNKS = ROWS / ROWS_PER_CHUNK;

    function* generatedFile(pulled: { chunks: number }) {
      yield Buffer.from('Фамилия;Имя;Телефон\r\n');
      for (let chunk = 0; chunk < CHUNKS; chunk++) {
        pulled.chunks++;
        const lines = Array.from({ length: ROWS_PER_CHUNK }, (_, i) => `Иванов;Иван${chunk * ROWS_PER_CHUNK + i};+7 916 000-00-00\r\n`);
        yield Buffer.from(lines.join(''));
      }
    }

    it('yields every row of a large file', async () => {
      let count = 0;
      let last: CsvRecord | undefined;
      for await (const record of readCsvRecords(Readable.from(generatedFile({ chunks: 0 })), { encoding: 'utf8', delimiter: ';' })) {
        count++;
        last = record;
      }
      expect(count).toBe(ROWS);
      expect(last).toEqual({ line: ROWS + 1, values: ['Иванов', `Иван${ROWS - 1}`, '+7 916 000-00-00'] });
    });

    it('pulls the file from the stream as records are consumed, not all at once', async () => {
      const pulled = { chunks: 0 };
      const records = readCsvRecords(Readable.from(generatedFile(pulled)), { encoding: 'utf8', delimiter: ';' });
      for await (const record of records) {
        expect(record).toEqual({ line: 2, values: ['Иванов', 'Иван0', '+7 916 000-00-00'] });
        break;
      }
      // Readable.from reads ahead up to its highWaterMark (16 chunks), far from all 200.
      expect(pulled.chunks).toBeLessThan(CHUNKS / 4);
    });
  });
});

describe('escapeFormula', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+7 916 123-45-67', "'+7 916 123-45-67"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['Иван', 'Иван'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (value, escaped) => {
    expect(escapeFormula(value)).toBe(escaped);
  });
});
