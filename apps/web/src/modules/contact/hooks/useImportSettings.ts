import { useState } from 'react';
import type { ContactImport, CsvEncoding, ImportDuplicatePolicy, StartContactImportVariables } from '../graphql/types';
import { SKIP_COLUMN } from '../import-fields';
import type { ColumnTarget, ImportFieldOption } from '../import-fields';

/** Column index → the field it is imported into, or SKIP_COLUMN. */
export type ColumnMapping = Record<number, ColumnTarget>;

function suggestedMapping(contactImport: ContactImport, fields: ImportFieldOption[]): ColumnMapping {
  const offered = new Set(fields.map((field) => field.value));
  return Object.fromEntries(
    contactImport.columns.map((column) => [
      column.index,
      column.suggestedField && offered.has(column.suggestedField) ? column.suggestedField : SKIP_COLUMN,
    ]),
  );
}

/** What the user chooses in step 2, prefilled from what the server detected and suggested. */
export function useImportSettings(contactImport: ContactImport, fields: ImportFieldOption[]) {
  const [mapping, setMapping] = useState<ColumnMapping>(() => suggestedMapping(contactImport, fields));
  const [encoding, setEncoding] = useState<CsvEncoding>(contactImport.encoding);
  const [delimiter, setDelimiter] = useState(contactImport.delimiter);
  const [onDuplicate, setOnDuplicate] = useState<ImportDuplicatePolicy>('SKIP');

  const mappedColumns = Object.entries(mapping).flatMap(([column, target]) =>
    target === SKIP_COLUMN ? [] : [{ column: Number(column), field: target }],
  );

  const mapColumn = (column: number, target: ColumnTarget) =>
    setMapping((current) => ({ ...current, [column]: target }));

  // Encoding and delimiter are sent only when overridden, as the API describes them.
  const toStartInput = (): StartContactImportVariables['input'] => ({
    id: contactImport.id,
    mapping: mappedColumns,
    onDuplicate,
    ...(encoding !== contactImport.encoding && { encoding }),
    ...(delimiter !== contactImport.delimiter && { delimiter }),
  });

  return {
    mapping,
    mapColumn,
    hasMappedColumns: mappedColumns.length > 0,
    encoding,
    setEncoding,
    delimiter,
    setDelimiter,
    onDuplicate,
    setOnDuplicate,
    toStartInput,
  };
}
