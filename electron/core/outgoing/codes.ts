import type { AgencyCode, NumberCounter } from '../../../shared/outgoing/api';
import { checkAgencyCode, defaultAgencyCodes } from '../../../shared/outgoing/checks';
import type { CallContext } from '../api/context';
import type { Handlers } from '../api/dispatcher';
import { invalid, refuse } from '../api/errors';
import { prepared } from '../db/statements';
import type { RowOf } from '../db/write-path';
import { stableId, uuidv7 } from '../ids';
import { readSettings } from '../settings/store';
import { readSettings as readSyncSettings } from '../sync/state';

/**
 * The office's default 代字 (凤政发, 凤政办发, 凤政函, 凤政办函, 凤政纪 for 凤凰县…),
 * each on its own counter, created the first time the outgoing register is
 * used — not at setup, so an office set up before this register gets them too.
 */
export function ensureDefaultCodes(ctx: CallContext): void {
  if (prepared(ctx.sqlite, 'SELECT 1 FROM outgoing_counters LIMIT 1').get()) return;
  // A PC that joined the office's sync set gets the first PC's counters from the folder, issuer and all.
  if (readSyncSettings(ctx.sqlite)?.joined) return;
  for (const code of defaultAgencyCodes(readSettings(ctx.sqlite).officeName)) {
    const counter = insertCounter(ctx, code, ctx.deviceId, stableId('outgoing-counter', code));
    insertCode(ctx, code, counter.id, stableId('outgoing-code', code));
  }
}

const insertCounter = (ctx: CallContext, name: string, issuingDeviceId: string, id = uuidv7(ctx.now.getTime())) =>
  ctx.insert('outgoingCounters', { id, name, issuingDeviceId, startSerials: {}, createdAt: ctx.at, updatedAt: ctx.at });

const insertCode = (ctx: CallContext, code: string, counterId: string, id = uuidv7(ctx.now.getTime())) =>
  ctx.insert('outgoingCodes', { id, code, counterId, disabled: false, createdAt: ctx.at, updatedAt: ctx.at });

export function mustGetCounter(ctx: CallContext, id: string): RowOf<'outgoingCounters'> {
  const row = ctx.get('outgoingCounters', id);
  if (!row) throw refuse('NOT_FOUND', '找不到这个编号序列，请刷新。');
  return row;
}

export function mustGetCode(ctx: CallContext, id: string, field = 'codeId'): RowOf<'outgoingCodes'> {
  const row = ctx.get('outgoingCodes', id);
  if (!row) throw invalid(field, '机关代字须从已配置的代字中选择');
  return row;
}

/** Only the issuing device hands out a counter's numbers: two PCs would otherwise give the same serial. */
export function assertIssuedHere(ctx: CallContext, counter: RowOf<'outgoingCounters'>): void {
  if (counter.issuingDeviceId === ctx.deviceId) return;
  throw refuse(
    'CONFLICT',
    `此代字的编号由另一台电脑发放（编号序列“${counter.name}”，发号电脑 ${counter.issuingDeviceId}），本机不能发放或登记这个序列的文号，以免两台电脑给出同一个文号。请在发号电脑上操作。`,
  );
}

function countersView(ctx: CallContext): NumberCounter[] {
  const counters = prepared(ctx.sqlite, 'SELECT id FROM outgoing_counters ORDER BY created_at, rowid').all() as { id: string }[];
  const codes = prepared(
    ctx.sqlite,
    `SELECT c.id, c.code, c.counter_id AS counterId, c.disabled,
       EXISTS (SELECT 1 FROM outgoing_numbers n WHERE n.code = c.code) OR EXISTS (SELECT 1 FROM outgoing o WHERE o.code_id = c.id) AS used
     FROM outgoing_codes c ORDER BY c.created_at, c.rowid`,
  ).all() as (Omit<AgencyCode, 'disabled' | 'used'> & { disabled: number; used: number })[];
  return counters.map(({ id }) => {
    const c = ctx.get('outgoingCounters', id)!;
    return {
      id: c.id,
      name: c.name,
      issuingDeviceId: c.issuingDeviceId,
      issuedHere: c.issuingDeviceId === ctx.deviceId,
      startSerials: c.startSerials,
      codes: codes.filter((k) => k.counterId === c.id).map((k) => ({ ...k, disabled: k.disabled === 1, used: k.used === 1 })),
    };
  });
}

const counterView = (ctx: CallContext, id: string) => countersView(ctx).find((c) => c.id === id)!;

export const codeHandlers: Pick<
  Handlers,
  'outgoing.codes' | 'outgoing.addCounter' | 'outgoing.setStartSerial' | 'outgoing.setIssuingDevice' | 'outgoing.addCode' | 'outgoing.setCodeDisabled'
> = {
  'outgoing.codes': (ctx) => {
    ensureDefaultCodes(ctx);
    return countersView(ctx);
  },

  'outgoing.addCounter': (ctx, input) => {
    ensureDefaultCodes(ctx);
    return counterView(ctx, insertCounter(ctx, input.name, input.issuingDeviceId || ctx.deviceId).id);
  },

  'outgoing.setStartSerial': (ctx, input) => {
    const counter = mustGetCounter(ctx, input.counterId);
    const given = prepared(ctx.sqlite, 'SELECT count(*) AS n FROM outgoing_numbers WHERE counter_id = ? AND year = ?').get(counter.id, input.year) as {
      n: number;
    };
    // Moving the start after numbers were given would open or hide a hole the gap report must show.
    if (given.n > 0) throw refuse('CONFLICT', `编号序列“${counter.name}”${input.year}年已有文号，不能再改起始序号。`);
    ctx.update('outgoingCounters', counter.id, { startSerials: { ...counter.startSerials, [String(input.year)]: input.start }, updatedAt: ctx.at });
    return counterView(ctx, counter.id);
  },

  'outgoing.setIssuingDevice': (ctx, { counterId, deviceId }) => {
    const counter = mustGetCounter(ctx, counterId);
    ctx.update('outgoingCounters', counter.id, { issuingDeviceId: deviceId, updatedAt: ctx.at });
    return counterView(ctx, counter.id);
  },

  'outgoing.addCode': (ctx, input) => {
    ensureDefaultCodes(ctx);
    const problem = checkAgencyCode(input.code);
    if (problem) throw invalid('code', problem);
    const counter = mustGetCounter(ctx, input.counterId);
    if (prepared(ctx.sqlite, 'SELECT 1 FROM outgoing_codes WHERE code = ?').get(input.code)) {
      throw invalid('code', `机关代字“${input.code}”已经存在`);
    }
    insertCode(ctx, input.code, counter.id);
    return counterView(ctx, counter.id);
  },

  'outgoing.setCodeDisabled': (ctx, input) => {
    const code = mustGetCode(ctx, input.id, 'id');
    ctx.update('outgoingCodes', code.id, { disabled: input.disabled, updatedAt: ctx.at });
    return counterView(ctx, code.counterId);
  },
};
