import type { CSSProperties, ReactNode } from 'react';
import styles from './SimpleTable.module.css';

export interface SimpleColumn<TRow> {
  key: string;
  title?: ReactNode;
  render: (row: TRow) => ReactNode;
  width?: CSSProperties['width'];
  align?: 'left' | 'center' | 'right';
}

interface SimpleTableProps<TRow> {
  columns: SimpleColumn<TRow>[];
  rows: TRow[];
  rowKey: (row: TRow) => string;
  rowTestId?: (row: TRow) => string;
  'data-testid'?: string;
}

/**
 * A plain table styled like antd's. The short, unpaginated lists in this app (API keys,
 * attachments, import columns) do not need antd Table, whose sorting, filtering, pagination
 * and tree code would add about 55 KB (gzipped) to every page that shows one.
 */
export function SimpleTable<TRow>({ columns, rows, rowKey, rowTestId, ...rest }: SimpleTableProps<TRow>) {
  return (
    <div className={styles.wrapper}>
      <table className={styles.table} data-testid={rest['data-testid']}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} style={{ width: column.width, textAlign: column.align }}>
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} data-testid={rowTestId?.(row)}>
              {columns.map((column) => (
                <td key={column.key} style={{ textAlign: column.align }}>
                  {column.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
