import { API, type ParsedInputOf } from '../../../shared/api';
import { yearOf } from '../../../shared/dates';
import type { SerialNumber } from '../../../shared/imports/cells';
import type { CallContext } from '../api/context';
import { prepared } from '../db/statements';
import type { NewRowOf, RowOf, SyncedTable } from '../db/write-path';
import { nextFtsRowid, nextReceiptSerial, SPILL_WINDOW } from '../incoming/numbering';
import { checkRegistration, newIncomingRow, receivedDateOf } from '../incoming/rules';
import { BACKLOG_IMPORT_ROWS, searchBacklogOf } from '../incoming/search-backlog';
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
  /** The keys the register held in the file's time span before the import, in order (one read instead of one per row). */
  private held = new Float64Array(0);
  private span: [number, number] = [1, 0];

  constructor(private readonly ctx: CallContext) {}

  /** Reads the keys held from the first to the last 收文时间 of the file (and the few past it a same-minute run spills into). */
  read(fromMs: number, toMs: number): void {
    const keys = this.ctx.sqlite
      .prepare('SELECT fts_rowid FROM incoming WHERE fts_rowid >= ? AND fts_rowid < ? ORDER BY fts_rowid')
      .pluck()
      .all(fromMs * 1024, toMs * 1024 + SPILL_WINDOW) as number[];
    this.held = Float64Array.from(keys);
    this.span = [fromMs, toMs];
  }

  /** nextFtsRowid as it stood before the import, from the keys read. */
  private firstFree(ms: number): number {
    if (ms < this.span[0] || ms > this.span[1]) return nextFtsRowid(this.ctx.sqlite, ms);
    const base = ms * 1024;
    // The last held key below base + SPILL_WINDOW.
    let [lo, hi] = [0, this.held.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.held[mid] < base + SPILL_WINDOW) lo = mid + 1;
      else hi = mid;
    }
    const last = lo > 0 ? this.held[lo - 1] : -1;
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
  const highestGiven = new Map<number, number>();
  /** What the register held before this import: the 收文日期 with records, the first free serial of each year. */
  let daysHeld = new Set<string>();
  const freeBefore = new Map<number, number>();
  const nextOfYear = new Map<number, number>();
  const queue: NewRowOf<'incoming'>[] = [];
  let prefix = '';
  /** A large file's search entries are written after the import (SearchBacklog). */
  let background = false;

  const yearOfRow = (v: Readonly<Record<string, unknown>>) => {
    const n = v.receiptNo as SerialNumber | undefined;
    if (n?.year) return n.year;
    return typeof v.receivedAt === 'string' ? yearOf(receivedDateOf(v.receivedAt)) : null;
  };

  const nextSerial = (year: number) => {
    const serial = nextOfYear.get(year) ?? Math.max(nextReceiptSerial(ctx.sqlite, year), (highestGiven.get(year) ?? 0) + 1);
    nextOfYear.set(year, serial + 1);
    return serial;
  };

  return {
    writesEachRow: false,
    numbering: ['receiptNo', 'receivedAt'],

    begin(all) {
      assertIssuesHere(ctx, 'incoming');
      background = all.length > BACKLOG_IMPORT_ROWS;
      prefix = readSettings(ctx.sqlite).receiptPrefix;
      let [firstMs, lastMs] = [Infinity, -Infinity];
      daysHeld = new Set((prepared(ctx.sqlite, 'SELECT received_date AS d FROM incoming_days').all() as { d: string }[]).map((r) => r.d));
      for (const v of all) {
        const n = v.receiptNo as SerialNumber | undefined;
        const year = yearOfRow(v);
        if (n && year) highestGiven.set(year, Math.max(highestGiven.get(year) ?? 0, n.serial));
        if (year && !freeBefore.has(year)) freeBefore.set(year, nextReceiptSerial(ctx.sqlite, year));
        const ms = typeof v.receivedAt === 'string' ? Date.parse(v.receivedAt) : Number.NaN;
        if (ms < firstMs) firstMs = ms;
        if (ms > lastMs) lastMs = ms;
      }
      if (firstMs <= lastMs) keys.read(firstMs, lastMs);
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
      if (number && number.serial < (freeBefore.get(number.year) ?? Infinity)) {
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

    flush() {
      // In key order: FTS5 writes its pending terms out each time a row's key is lower than the last one's.
      queue.sort((a, b) => a.ftsRowid - b.ftsRowid);
      const rows = queue.splice(0);
      if (background) searchBacklogOf(ctx.sqlite).deferring(() => ctx.insertMany('incoming', rows));
      else ctx.insertMany('incoming', rows);
    },
  };
}
