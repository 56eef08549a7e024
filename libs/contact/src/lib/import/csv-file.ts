import iconv from 'iconv-lite';

// Records are assembled here rather than by csv-parse because an import must point at the
// physical line of every record and survive a broken one. csv-parse 6.1 counts a CRLF inside a
// quoted field as two lines, and with skip_records_with_error it stays in the quoted state after
// a bad quote, swallowing the rest of the file.

export type CsvEncoding = 'utf8' | 'windows-1251' | 'utf16le' | 'utf16be';

export interface CsvPreview {
  encoding: CsvEncoding;
  delimiter: string;
  headers: string[];
  /** Up to 5 rows, fitted to the header's width. */
  sampleRows: string[][];
}

export type CsvRecord = { line: number; values: string[] } | { line: number; error: string };

/** How much of a file the caller reads for previewCsv. */
export const PREVIEW_BYTES = 64 * 1024;
const PREVIEW_ROWS = 5;

/** A quoted field longer than this is taken for an unclosed quote, so memory stays bounded. */
export const MAX_QUOTED_FIELD_CHARS = 1_000_000;

// ASCII characters in UTF-16 have a zero high byte; text in single-byte encodings or UTF-8 has no
// zero bytes at all. Cyrillic-only lines still contain delimiters, digits and line breaks.
const MIN_UTF16_ZERO_SHARE = 0.05;
const MAX_STRAY_ZERO_SHARE = 0.1;

/** BOMs first; valid UTF-8 → utf8; UTF-16 without a BOM (zero bytes at odd/even offsets) → utf16le/be; otherwise windows-1251. */
export function detectEncoding(sample: Buffer): CsvEncoding {
  return encodingFromBom(sample) ?? utf16WithoutBom(sample) ?? (isUtf8(sample) ? 'utf8' : 'windows-1251');
}

function encodingFromBom(sample: Buffer): CsvEncoding | null {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf8';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf16be';
  return null;
}

function utf16WithoutBom(sample: Buffer): CsvEncoding | null {
  let zerosAtEven = 0;
  let zerosAtOdd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) zerosAtEven++;
    else zerosAtOdd++;
  }
  const codeUnits = Math.floor(sample.length / 2);
  const dominates = (zeros: number, stray: number) =>
    zeros > 0 && zeros >= codeUnits * MIN_UTF16_ZERO_SHARE && stray <= zeros * MAX_STRAY_ZERO_SHARE;
  if (dominates(zerosAtOdd, zerosAtEven)) return 'utf16le';
  if (dominates(zerosAtEven, zerosAtOdd)) return 'utf16be';
  return null;
}

function isUtf8(sample: Buffer): boolean {
  try {
    // stream: a sample cut in the middle of a multi-byte character is still UTF-8.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

const DELIMITERS = [',', ';', '\t'] as const;
const LEADING_BLANK_LINES = /^(?:[ \t]*(?:\r\n|\n|\r))+/;

/** The delimiter seen most often outside quotes on the header line. */
export function detectDelimiter(firstLines: string): ',' | ';' | '\t' {
  const counts = new Map<string, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  // Blank lines before the header are skipped by the reader, so they say nothing about the delimiter.
  for (const char of firstLines.replace(LEADING_BLANK_LINES, '')) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  // On a tie the earlier delimiter in DELIMITERS wins; a single-column file gets ",".
  return DELIMITERS.reduce((best, delimiter) => (counts.get(delimiter)! > counts.get(best)! ? delimiter : best));
}

/** Headers and up to 5 rows from the first PREVIEW_BYTES of a file, detecting what is not given. Throws when the header line is malformed. */
export function previewCsv(sample: Buffer, encoding?: CsvEncoding, delimiter?: string): CsvPreview {
  const chosenEncoding = encoding ?? detectEncoding(sample);
  const text = iconv.decode(sample, chosenEncoding);
  const chosenDelimiter = delimiter ?? detectDelimiter(text);
  const reader = new CsvTextReader(chosenDelimiter);
  const records = reader.read(text);
  // A sample shorter than PREVIEW_BYTES is the whole file, so its last line is complete.
  if (sample.length < PREVIEW_BYTES) records.push(...reader.end());
  const sampleRows = records.flatMap((record) => ('values' in record ? [record.values] : []));
  return {
    encoding: chosenEncoding,
    delimiter: chosenDelimiter,
    headers: reader.headers ?? [],
    sampleRows: sampleRows.slice(0, PREVIEW_ROWS),
  };
}

/** Streams records (after the header) from a file stream, decoding with iconv-lite; a malformed record (broken quotes, wrong column count is NOT an error — pad/trim) yields an error record for that line and parsing continues. Memory stays flat for a 1M-row file. A malformed header line throws. */
export async function* readCsvRecords(
  input: NodeJS.ReadableStream,
  options: { encoding: CsvEncoding; delimiter: string },
): AsyncIterable<CsvRecord> {
  const decoder = iconv.getDecoder(options.encoding);
  const reader = new CsvTextReader(options.delimiter);
  for await (const chunk of input) {
    yield* reader.read(decoder.write(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk)));
  }
  yield* reader.read(decoder.end() ?? '');
  yield* reader.end();
}

// OWASP "CSV Injection": spreadsheets evaluate a cell that starts with one of these characters.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Whether a spreadsheet would run the cell as a formula. */
export function isFormula(value: string): boolean {
  return FORMULA_START.test(value);
}

/** Cell for export: neutralises spreadsheet formulas (a cell starting with =, +, -, @, tab or CR gets a leading apostrophe), per OWASP CSV injection guidance. */
export function escapeFormula(value: string): string {
  return isFormula(value) ? `'${value}` : value;
}

/** Turns decoded text, piece by piece, into data records fitted to the header's width. */
class CsvTextReader {
  headers: string[] | null = null;
  private readonly lines = new LineSplitter();
  private readonly assembler: RecordAssembler;

  constructor(delimiter: string) {
    this.assembler = new RecordAssembler(delimiter);
  }

  /** The records this piece of text completes. */
  read(text: string): CsvRecord[] {
    return this.accept(this.lines.push(text).map((line) => this.assembler.push(line)));
  }

  /** The records left when the text ends. */
  end(): CsvRecord[] {
    const lastLines = this.lines.end().map((line) => this.assembler.push(line));
    return this.accept([...lastLines, this.assembler.end()]);
  }

  private accept(records: (CsvRecord | null)[]): CsvRecord[] {
    const accepted: CsvRecord[] = [];
    for (const record of records) {
      if (!record || isBlank(record)) continue;
      if (this.headers) accepted.push(fitToWidth(record, this.headers.length));
      else this.headers = headerValues(record);
    }
    return accepted;
  }
}

// Excel leaves rows of bare delimiters (";;;;") after the data.
function isBlank(record: CsvRecord): boolean {
  return 'values' in record && record.values.every((value) => value.trim() === '');
}

function headerValues(record: CsvRecord): string[] {
  if ('error' in record) throw new Error(`Cannot read the CSV header on line ${record.line}: ${record.error}`);
  return record.values;
}

function fitToWidth(record: CsvRecord, width: number): CsvRecord {
  if ('error' in record || record.values.length === width) return record;
  const values = record.values.slice(0, width);
  while (values.length < width) values.push('');
  return { line: record.line, values };
}

const LINE_BREAK = /\r\n|\n|\r/;

/** Splits text arriving in pieces into physical lines ending in CRLF, LF or a lone CR (old Mac Excel). */
class LineSplitter {
  private unfinished = '';

  push(text: string): string[] {
    const buffered = this.unfinished + text;
    // A trailing CR may be the first half of a CRLF split between two pieces.
    const heldBack = buffered.endsWith('\r') ? '\r' : '';
    const lines = buffered.slice(0, buffered.length - heldBack.length).split(LINE_BREAK);
    this.unfinished = lines.pop()! + heldBack;
    return lines;
  }

  end(): string[] {
    const last = this.unfinished.replace(/\r$/, '');
    this.unfinished = '';
    return last ? [last] : [];
  }
}

/** Builds records from physical lines per RFC 4180, letting quoted fields span lines. */
class RecordAssembler {
  private lineNumber = 0;
  private startLine = 0;
  private values: string[] = [];
  /** A quoted field still open at the end of the previous line, with its line break. */
  private openField: string | null = null;

  constructor(private readonly delimiter: string) {}

  /** Consumes one line; returns the record it completes, or null when a quoted field goes on. */
  push(line: string): CsvRecord | null {
    this.lineNumber++;
    if (this.openField === null) {
      this.startLine = this.lineNumber;
      this.values = [];
    }
    let continued = this.openField;
    this.openField = null;
    let position = 0;
    for (;;) {
      if (continued === null && !line.startsWith('"', position)) {
        const end = line.indexOf(this.delimiter, position);
        this.values.push(line.slice(position, end === -1 ? undefined : end));
        if (end === -1) return { line: this.startLine, values: this.values };
        position = end + this.delimiter.length;
        continue;
      }
      const quoted = readQuoted(line, continued === null ? position + 1 : position);
      const text = (continued ?? '') + quoted.text;
      continued = null;
      if (quoted.end === -1) return this.keepOpen(text);
      this.values.push(text);
      position = quoted.end;
      if (position === line.length) return { line: this.startLine, values: this.values };
      if (!line.startsWith(this.delimiter, position)) {
        return this.fail(`unexpected ${JSON.stringify(line[position])} after the closing quote in column ${this.values.length}`);
      }
      position += this.delimiter.length;
    }
  }

  /** The record cut off by the end of the file, if a quoted field is still open. */
  end(): CsvRecord | null {
    if (this.openField === null) return null;
    return this.fail(`the quoted field in column ${this.values.length + 1} is never closed`);
  }

  private keepOpen(text: string): CsvRecord | null {
    if (text.length > MAX_QUOTED_FIELD_CHARS) {
      return this.fail(`the quoted field in column ${this.values.length + 1} is not closed within ${MAX_QUOTED_FIELD_CHARS} characters`);
    }
    this.openField = `${text}\n`;
    return null;
  }

  private fail(reason: string): CsvRecord {
    this.openField = null;
    const span = this.lineNumber > this.startLine ? ` (the record spans lines ${this.startLine}–${this.lineNumber})` : '';
    return { line: this.startLine, error: `broken quoting: ${reason}${span}` };
  }
}

/** Reads a quoted field from `start` (just past the opening quote); end is -1 when it goes on past this line. */
function readQuoted(line: string, start: number): { text: string; end: number } {
  let text = '';
  let position = start;
  for (;;) {
    const quote = line.indexOf('"', position);
    if (quote === -1) return { text: text + line.slice(position), end: -1 };
    text += line.slice(position, quote);
    if (line[quote + 1] !== '"') return { text, end: quote + 1 };
    text += '"';
    position = quote + 2;
  }
}
