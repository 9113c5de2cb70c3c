import './windowed-ledger.css';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import type { Column } from './LedgerTable';

/** A LedgerTable column; 'wrap' text is cut at two lines here, anything else at one. */
export interface WindowedColumn<T> extends Column<T> {
  /** The full text on hover, for a cell the fixed row height cuts short. */
  title?: (row: T) => string;
}

interface Props<T> {
  label: string;
  columns: WindowedColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  empty: ReactNode;
  selectedKey?: string | null;
  /** Click, Enter or Space opens a row; arrow keys, Page Up/Down, Home and End walk the list. */
  onOpen: (row: T) => void;
  /** The rows shown have come near the last one loaded: time to fetch the next page. */
  onNearEnd: () => void;
}

/**
 * Every row is this tall (two lines of text, see windowed-ledger.css), so where a row
 * lies follows from its index and the table never measures the rows it does not draw.
 */
const ROW_HEIGHT = 49;
/** Rows drawn above and below the visible ones, so a quick scroll or arrow key finds them ready. */
const OVERSCAN = 8;
/** The next page is asked for while this many loaded rows are still below the window: it arrives before the end is seen. */
const NEAR_END = 30;

/** The scroll box's first visible row and height; a scroll within one row draws nothing again. */
function useViewport(box: RefObject<HTMLDivElement | null>) {
  const [view, setView] = useState({ firstVisible: 0, height: 0 });
  const read = useCallback(() => {
    const el = box.current;
    if (!el) return;
    const next = { firstVisible: Math.floor(el.scrollTop / ROW_HEIGHT), height: el.clientHeight };
    setView((v) => (v.firstVisible === next.firstVisible && v.height === next.height ? v : next));
  }, [box]);
  useLayoutEffect(() => {
    // Observing reports the box's size once at the start, then on every change.
    const observer = new ResizeObserver(read);
    if (box.current) observer.observe(box.current);
    return () => observer.disconnect();
  }, [box, read]);
  return { ...view, read };
}

/**
 * The register as LedgerTable draws it, for lists too long to draw whole: only the rows
 * in view (and a few either side) are in the page, spacer rows stand in for the rest.
 */
export function WindowedLedgerTable<T>({ label, columns, rows, rowKey, empty, selectedKey, onOpen, onNearEnd }: Props<T>) {
  const box = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLTableSectionElement>(null);
  const pendingFocus = useRef<number | null>(null);
  const view = useViewport(box);

  const visibleRows = Math.ceil(view.height / ROW_HEIGHT) + 1;
  const start = Math.max(0, Math.min(view.firstVisible, rows.length - visibleRows) - OVERSCAN);
  const end = Math.min(rows.length, view.firstVisible + visibleRows + OVERSCAN);

  useEffect(() => {
    if (rows.length > 0 && end >= rows.length - NEAR_END) onNearEnd();
  }, [end, rows.length, onNearEnd]);

  // A row walked to outside the drawn window gets focus once it is drawn.
  useLayoutEffect(() => {
    if (pendingFocus.current === null) return;
    const row = rowElement(box.current, pendingFocus.current);
    if (row) {
      row.focus({ preventScroll: true });
      pendingFocus.current = null;
    }
  });

  /** Scrolls row index fully into view below the sticky header, then focuses it. */
  const focusRow = (index: number) => {
    const el = box.current;
    if (!el || rows.length === 0) return;
    const i = Math.max(0, Math.min(rows.length - 1, index));
    const header = head.current?.offsetHeight ?? 0;
    const top = i * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (header + top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = header + top + ROW_HEIGHT - el.clientHeight;
    const row = rowElement(el, i);
    if (row) row.focus({ preventScroll: true });
    else pendingFocus.current = i;
    view.read();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number) => {
    const page = Math.max(1, Math.floor((view.height - (head.current?.offsetHeight ?? 0)) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: rows.length - 1,
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(rows[index]);
    } else if (Object.hasOwn(moves, event.key)) {
      event.preventDefault();
      focusRow(moves[event.key]);
    }
  };

  const spacer = (height: number) =>
    height > 0 && (
      <tr className="ledger-spacer" aria-hidden style={{ height }}>
        <td colSpan={columns.length} />
      </tr>
    );

  return (
    <div className="ledger-scroll" ref={box} onScroll={view.read}>
      <table className="ledger ledger-windowed" aria-label={label} style={{ '--ledger-row-height': `${ROW_HEIGHT}px` } as CSSProperties}>
        <thead ref={head}>
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
            <>
              {spacer(start * ROW_HEIGHT)}
              {rows.slice(start, end).map((row, offset) => {
                const index = start + offset;
                const key = rowKey(row);
                return (
                  <tr
                    key={key}
                    className="clickable"
                    data-index={index}
                    // Not aria-selected: that belongs to grids, and this is a plain table of links to records.
                    data-selected={selectedKey === key || undefined}
                    tabIndex={0}
                    onClick={() => onOpen(row)}
                    onKeyDown={(e) => onKeyDown(e, index)}
                  >
                    {columns.map((c) => (
                      <td key={c.header} className={c.kind} title={c.title?.(row)}>
                        {c.kind === 'wrap' ? <div className="ledger-clamp">{c.cell(row)}</div> : c.cell(row)}
                      </td>
                    ))}
                  </tr>
                );
              })}
              {spacer((rows.length - end) * ROW_HEIGHT)}
            </>
          )}
        </tbody>
      </table>
    </div>
  );
}

function rowElement(box: HTMLElement | null, index: number): HTMLElement | null {
  return box?.querySelector<HTMLElement>(`tbody tr[data-index="${index}"]`) ?? null;
}
