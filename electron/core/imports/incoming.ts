import { API, type ParsedInputOf } from '../../../shared/api';
import { yearOf } from '../../../shared/dates';
import type { SerialNumber } from '../../../shared/imports/cells';
import type { CallContext } from '../api/context';
import { prepared } from '../db/statements';
import type { NewRowOf, RowOf, SyncedTable } from '../db/write-path';
import { nextReceiptSerial, SPILL_WINDOW } from '../incoming/numbering';
import { checkRegistration, newIncomingRow, receivedDateOf } from '../incoming/rules';
import { searchBacklogOf } from '../incoming/search-backlog';
import { readSettings } from '../settings/store';
import { assertIssuesHere } from '../sync/issuers';
import type { Directory } from './directory';
import { parseInput, type Importer } from './importer';

interface IncomingImport {
  input: ParsedInputOf<'incoming.register'>;
  receivedDate: string;
  /** 收文号 kept from the paper book; null: the next one of its year. */
  number: { year: number; serial: number } | null;
}

/**
 * Search keys from 收文日期时间 (as a record registered then would have had), so the imported
 * book sorts among the records by when each document came in; same-minute records take the
 * next free key, as nextFtsRowid does for one registration.
 */
class KeysByTime {
  private readonly next = new Map<number, number>();
  private readonly used = new Set<number>();
  /**
   * The keys the register held before the import, by year of 收文时间, in order: read when the
   * year's first row comes (before any of its rows is written), one read instead of one per row.
   */
  private readonly held = new Map<number, Float64Array>();

  constructor(private readonly ctx: CallContext) {}

  private heldIn(ms: number): Float64Array {
    const year = new Date(ms).getUTCFullYear();
    let keys = this.held.get(year);
    if (!keys) {
      const [from, to] = [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
      const found = this.ctx.sqlite
        .prepare('SELECT fts_rowid FROM incoming WHERE fts_rowid >= ? AND fts_rowid < ? ORDER BY fts_rowid')
        .pluck()
        .all(from * 1024, to * 1024 + SPILL_WINDOW) as number[];
      this.held.set(year, (keys = Float64Array.from(found)));
    }
    return keys;
  }

  /** nextFtsRowid as it stood before the import, from the keys read. */
  private firstFree(ms: number): number {
    const held = this.heldIn(ms);
    const base = ms * 1024;
    // The last held key below base + SPILL_WINDOW.
    let [lo, hi] = [0, held.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (held[mid] < base + SPILL_WINDOW) lo = mid + 1;
      else hi = mid;
    }
    const last = lo > 0 ? held[lo - 1] : -1;
    return last >= base ? last + 1 : base;
  }

  take(ms: number): number {
    let key = this.next.get(ms) ?? this.firstFree(ms);
    while (this.used.has(key)) key += 1;
    this.used.add(key);
    this.next.set(ms, key + 1);
    return key;
  }
}

/**
 * 收文登记: each row meets the registration rules (checkRegistration, R4, R5); a 收文号 from
 * the paper book keeps its year and serial (R1: refused when that number is another
 * document's), rows without one continue after the highest number of their year. Rows are
 * written a batch at a time (one audit entry sealing each batch's change log).
 */
export function incomingImporter(ctx: CallContext, directory: Directory): Importer<IncomingImport> {
  // The directory does not change during an import: checkRegistration reads each unit once, not once per row.
  const units = new Map<string, RowOf<'units'> | undefined>();
  const rules: CallContext = {
    ...ctx,
    get: (<T extends SyncedTable>(table: T, id: string) => {
      if (table !== 'units') return ctx.get(table, id);
      if (!units.has(id)) units.set(id, ctx.get('units', id));
      return units.get(id);
    }) as CallContext['get'],
  };
  const keys = new KeysByTime(ctx);
  /** The highest 收文号 the file gives each year: read (a pass over the file) when a row without one needs the next. */
  let highestGiven: Map<number, number> | null = null;
  let numberingOfAll: () => readonly Readonly<Record<string, unknown>>[] = () => [];
  /** What the register held before this import: the 收文日期 with records; the first free serial of each year, read at the year's first row. */
  let daysHeld = new Set<string>();
  const freeBefore = new Map<number, number>();
  const firstFreeBefore = (year: number) => {
    let free = freeBefore.get(year);
    if (free === undefined) freeBefore.set(year, (free = nextReceiptSerial(ctx.sqlite, year)));
    return free;
  };
  const nextOfYear = new Map<number, number>();
  const queue: NewRowOf<'incoming'>[] = [];
  let prefix = '';
  /** An import of more than a batch writes its search entries after it (SearchBacklog). */
  let background = false;

  const yearOfRow = (v: Readonly<Record<string, unknown>>) => {
    const n = v.receiptNo as SerialNumber | undefined;
    if (n?.year) return n.year;
    return typeof v.receivedAt === 'string' ? yearOf(receivedDateOf(v.receivedAt)) : null;
  };

  const givenIn = (year: number) => {
    if (!highestGiven) {
      highestGiven = new Map();
      for (const v of numberingOfAll()) {
        const n = v.receiptNo as SerialNumber | undefined;
        const y = yearOfRow(v);
        if (n && y) highestGiven.set(y, Math.max(highestGiven.get(y) ?? 0, n.serial));
      }
    }
    return highestGiven.get(year) ?? 0;
  };

  const nextSerial = (year: number) => {
    const serial = nextOfYear.get(year) ?? Math.max(nextReceiptSerial(ctx.sqlite, year), givenIn(year) + 1);
    nextOfYear.set(year, serial + 1);
    return serial;
  };

  return {
    writesEachRow: false,
    numbering: ['receiptNo', 'receivedAt'],

    begin(all) {
      assertIssuesHere(ctx, 'incoming');
      prefix = readSettings(ctx.sqlite).receiptPrefix;
      numberingOfAll = all;
      daysHeld = new Set((prepared(ctx.sqlite, 'SELECT received_date AS d FROM incoming_days').all() as { d: string }[]).map((r) => r.d));
    },

    build(v) {
      const candidate = {
        receivedAt: v.receivedAt,
        signedBy: v.signedBy,
        docNumber: v.docNumber ?? '',
        title: v.title,
        docType: v.docType,
        writtenDate: v.writtenDate ?? null,
        submittedDate: v.submittedDate ?? null,
        secrecyLevel: v.secrecyLevel,
        secrecyPeriodMonths: v.secrecyPeriodMonths ?? null,
        copyNumbers: v.copyNumbers ?? [],
        urgency: v.urgency,
        copies: v.copies,
        pages: v.pages ?? null,
        incomingClass: v.incomingClass,
        addressee: v.addressee,
        remarks: v.remarks ?? '',
      };
      const unit = typeof v.fromUnitId === 'string' ? directory.unit(v.fromUnitId) : null;
      const built = parseInput(API['incoming.register'].input, candidate, { fromUnitId: unit });
      if (!built.ok) return built;
      const receivedDate = receivedDateOf(built.row.receivedAt);
      const given = v.receiptNo as SerialNumber | undefined;
      if (given?.year && given.year !== yearOf(receivedDate)) {
        return { ok: false, problems: { receiptNo: `收文号的年份（${given.year}）与收文日期（${receivedDate}）不一致：收文号按收文日期的年份编号` } };
      }
      const number = given ? { year: yearOf(receivedDate), serial: given.serial } : null;
      return { ok: true, row: { input: built.row, receivedDate, number } };
    },

    keys: ({ input, receivedDate, number }) => [
      ...(number ? [{ key: `number:${number.year}:${number.serial}`, field: 'receiptNo' }] : []),
      { key: `content:${input.fromUnitId}|${input.docNumber}|${receivedDate}|${input.title}`, field: '' },
    ],

    // Only what the register held before the import can be there already (this file's own repeats are its keys'):
    // a number from the first free serial on, or a day without records, needs no lookup.
    existing({ input, receivedDate, number }) {
      if (number && number.serial < firstFreeBefore(number.year)) {
        const held = prepared(
          ctx.sqlite,
          'SELECT receipt_no AS receiptNo, from_unit_id AS unitId, title, received_date AS receivedDate FROM incoming WHERE year = ? AND serial = ?',
        ).get(number.year, number.serial) as { receiptNo: string; unitId: string | null; title: string; receivedDate: string } | undefined;
        if (held) {
          if (held.unitId === input.fromUnitId && held.title === input.title && held.receivedDate === receivedDate) return { present: held.receiptNo };
          return { problems: { receiptNo: `收文号${held.receiptNo}已用于另一份收文（${held.receivedDate}收文），收文号不能重复` } };
        }
      }
      if (!daysHeld.has(receivedDate)) return null;
      const same = prepared(
        ctx.sqlite,
        'SELECT receipt_no AS receiptNo FROM incoming WHERE from_unit_id = ? AND doc_number = ? AND received_date = ? AND title = ? AND deleted_at IS NULL LIMIT 1',
      ).get(input.fromUnitId, input.docNumber, receivedDate, input.title) as { receiptNo: string } | undefined;
      return same ? { present: same.receiptNo } : null;
    },

    add({ input, number }) {
      const checked = checkRegistration(rules, input);
      const year = yearOf(checked.receivedDate);
      const serial = number?.serial ?? nextSerial(year);
      queue.push(newIncomingRow(ctx, input, checked, { serial, ftsRowid: keys.take(Date.parse(input.receivedAt)) }, prefix));
    },

    flush(more) {
      if (more) background = true;
      // In key order: FTS5 writes its pending terms out each time a row's key is lower than the last one's.
      queue.sort((a, b) => a.ftsRowid - b.ftsRowid);
      const rows = queue.splice(0);
      if (background) searchBacklogOf(ctx.sqlite).deferring(() => ctx.insertMany('incoming', rows));
      else ctx.insertMany('incoming', rows);
    },
  };
}
