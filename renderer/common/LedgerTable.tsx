import type { KeyboardEvent, ReactNode } from 'react';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** 'num' right-aligns figures; 'wrap' lets long text (details) break lines. */
  kind?: 'num' | 'wrap';
  width?: number | string;
}

interface Props<T> {
  label: string;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** What to do next when there are no rows, e.g. 还没有单位。按 Ctrl+N 新增第一个. */
  empty: ReactNode;
  selectedKey?: string | null;
  /** Makes rows focusable: click, Enter or Space opens one; arrow keys walk the list. */
  onOpen?: (row: T) => void;
  muted?: (row: T) => boolean;
}

function walk(event: KeyboardEvent<HTMLTableRowElement>, open: () => void) {
  const row = event.currentTarget;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    open();
  } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling;
    (next as HTMLElement | null)?.focus();
  }
}

/** The register as a dense table with a sticky header, scrolling inside its own box so the page around it stays put. */
export function LedgerTable<T>({ label, columns, rows, rowKey, empty, selectedKey, onOpen, muted }: Props<T>) {
  return (
    <div className="ledger-scroll">
      <table className="ledger" aria-label={label}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} className={c.kind} style={c.width ? { width: c.width } : undefined} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td className="empty" colSpan={columns.length}>
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => {
              const key = rowKey(row);
              const classes = [onOpen ? 'clickable' : '', muted?.(row) ? 'muted' : ''].filter(Boolean).join(' ');
              return (
                <tr
                  key={key}
                  className={classes || undefined}
                  // Not aria-selected: that belongs to grids, and this is a plain table of links to records.
                  data-selected={selectedKey === key || undefined}
                  tabIndex={onOpen ? 0 : undefined}
                  onClick={onOpen ? () => onOpen(row) : undefined}
                  onKeyDown={onOpen ? (e) => walk(e, () => onOpen(row)) : undefined}
                >
                  {columns.map((c) => (
                    <td key={c.header} className={c.kind}>
                      {c.cell(row)}
                    </td>
                  ))}
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
}
