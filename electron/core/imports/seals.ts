import { API, type ParsedInputOf } from '../../../shared/api';
import type { SerialNumber } from '../../../shared/imports/cells';
import type { CallContext } from '../api/context';
import { prepared } from '../db/statements';
import { uuidv7 } from '../ids';
import { appendLine } from '../seals/chain';
import { recordHandlers } from '../seals/record';
import { checkedUse } from '../seals/use-checks';
import { assertIssuesHere } from '../sync/issuers';
import type { Directory } from './directory';
import { parseInput, type Importer } from './importer';

interface SealImport {
  input: ParsedInputOf<'seals.recordUse'>;
  /** 序号 kept from the paper book; null: the next one of the year of 用印时间. */
  number: { year: number; serial: number } | null;
  returnedAt: string | null;
  /** 监印人 as the book names them; null: whoever imports. */
  supervisor: string | null;
}

const yearOfTime = (usedAt: string) => Number(usedAt.slice(0, 4));

/**
 * 用印登记 from the paper book, line by line in its order: each use meets the rules of
 * 登记用印 (checkedUse: seal in service, R20 within the document's 印数, R21 an approver
 * allowed for that seal, R22 no use while the seal is out), keeps its 序号 (never one
 * already given), and a seal taken out comes back with the book's 归还时间
 * (seals.recordReturn). Lines join this PC's hash chain as any line does.
 */
export function sealsImporter(ctx: CallContext, directory: Directory): Importer<SealImport> {
  const recordReturn = recordHandlers['seals.recordReturn'];
  const highestGiven = new Map<number, number>();
  const nextOfYear = new Map<number, number>();

  const nextSerial = (year: number) => {
    const inLedger = (prepared(ctx.sqlite, 'SELECT max(serial) AS n FROM seal_entries WHERE year = ?').get(year) as { n: number | null }).n ?? 0;
    const serial = nextOfYear.get(year) ?? Math.max(inLedger, highestGiven.get(year) ?? 0) + 1;
    nextOfYear.set(year, serial + 1);
    return serial;
  };

  return {
    writesEachRow: true,
    numbering: ['serial', 'usedAt'],

    begin(all) {
      assertIssuesHere(ctx, 'seals');
      for (const v of all()) {
        const n = v.serial as SerialNumber | undefined;
        const year = n?.year ?? (typeof v.usedAt === 'string' ? yearOfTime(v.usedAt) : null);
        if (n && year) highestGiven.set(year, Math.max(highestGiven.get(year) ?? 0, n.serial));
      }
    },

    build(v) {
      const candidate = {
        useKind: v.useKind,
        usedAt: v.usedAt,
        reason: v.reason,
        fileName: v.fileName ?? '',
        copies: v.copies,
        handler: v.handler,
        approvedAt: v.approvedAt ?? null,
        method: v.method,
        remarks: v.remarks ?? '',
      };
      const name = (key: string, lookup: (n: string) => ReturnType<Directory['unit']>) => (typeof v[key] === 'string' ? lookup(v[key] as string) : null);
      const built = parseInput(API['seals.recordUse'].input, candidate, {
        sealId: name('sealId', (n) => directory.seal(n)),
        unitId: name('unitId', (n) => directory.unit(n)),
        outgoingId: name('outgoingId', (n) => directory.document(n)),
        approverId: name('approverId', (n) => directory.person(n)),
      });
      if (!built.ok) return built;
      const returnedAt = (v.returnedAt as string | undefined) ?? null;
      if (returnedAt && built.row.method !== 'takeOut') return { ok: false, problems: { returnedAt: '只有外带的印章才登记归还时间' } };
      const given = v.serial as SerialNumber | undefined;
      const number = given ? { year: given.year ?? yearOfTime(built.row.usedAt), serial: given.serial } : null;
      return { ok: true, row: { input: built.row, number, returnedAt, supervisor: (v.supervisor as string | undefined) ?? null } };
    },

    keys: ({ input, number }) => [
      ...(number ? [{ key: `number:${number.year}-${number.serial}`, field: 'serial' }] : []),
      { key: `content:${input.sealId}|${input.usedAt}|${input.reason}|${input.unitId}|${input.copies}`, field: '' },
    ],

    existing({ input, number }) {
      if (number) {
        const held = prepared(ctx.sqlite, 'SELECT seal_id AS sealId, used_at AS usedAt, reason FROM seal_entries WHERE year = ? AND serial = ?').get(
          number.year,
          number.serial,
        ) as { sealId: string; usedAt: string; reason: string } | undefined;
        if (held) {
          const serial = `${number.year}-${number.serial}`;
          if (held.sealId === input.sealId && held.usedAt === input.usedAt && held.reason === input.reason) return { present: serial };
          return { problems: { serial: `序号 ${serial} 已用于另一次用印（${held.usedAt.replace('T', ' ')}），序号不能重复` } };
        }
      }
      const same = prepared(
        ctx.sqlite,
        "SELECT year, serial FROM seal_entries WHERE kind = 'use' AND seal_id = ? AND used_at = ? AND reason = ? AND unit_id = ? AND copies = ? LIMIT 1",
      ).get(input.sealId, input.usedAt, input.reason, input.unitId, input.copies) as { year: number; serial: number } | undefined;
      return same ? { present: `${same.year}-${same.serial}` } : null;
    },

    add({ input, number, returnedAt, supervisor }) {
      const values = checkedUse(ctx, input, null);
      const year = number?.year ?? yearOfTime(input.usedAt);
      const id = uuidv7(ctx.now.getTime());
      appendLine(ctx, {
        ...values,
        id,
        kind: 'use',
        year,
        serial: number?.serial ?? nextSerial(year),
        refId: null,
        rootId: id,
        returnedAt: null,
        cancelled: false,
        correctionReason: '',
        supervisor: supervisor ?? ctx.user!.displayName,
        recordedBy: ctx.user!.id,
        createdAt: ctx.at,
        updatedAt: ctx.at,
      });
      if (returnedAt) recordReturn(ctx, { useId: id, returnedAt, remarks: '' });
    },

    flush() {},
  };
}
