import { z } from 'zod';
import { method, type MethodSpec } from '../api/define';
import { flag, intField, localDateTime, optionalText, recordId, requiredText } from '../api/fields';
import type { Role } from '../auth/roles';
import { LEDGER_KINDS, USE_KINDS, USE_METHODS, type EntryKind, type UseKind, type UseMethod } from './vocabulary';

/** Only the custodian writes the ledger (art. 21: 专人管理); the clerk and the administrator read it. */
const KEEPER: readonly Role[] = ['sealKeeper'];
export const SEAL_READERS: readonly Role[] = ['clerk', 'sealKeeper', 'admin'];

// ── seal catalog (印章) ───────────────────────────────────────────────────

export interface Seal {
  id: string;
  name: string;
  /** 保管人: who keeps the seal (art. 21: 文秘办机要员专人管理). */
  custodian: string;
  /** 职务 of the people directory that may approve a use other than 公文用印. */
  approverTitles: string[];
  /** The approval rule in the office's words, quoted when an approver is refused. */
  approvalRule: string;
  /** A retired seal keeps its history and accepts no new use. */
  retired: boolean;
  /** The open 外带 of this seal, if it is out now. */
  out: { entryId: string; serialText: string; usedAt: string; handler: string; unitName: string } | null;
}

const sealFields = {
  name: requiredText('印章名称', 40),
  custodian: requiredText('保管人', 20),
  approverTitles: z
    .array(requiredText('审批人职务', 30), { error: '审批人职务应为职务列表' })
    .min(1, '请至少填写一个可以批准用印的职务')
    .max(10, '审批人职务最多 10 个'),
  approvalRule: optionalText('审批规定', 200),
};

// ── the ledger (用印登记簿) ───────────────────────────────────────────────

/** One line of the ledger as shown and printed. Returns are not lines: they fill 归还时间 of their use. */
export interface LedgerEntry {
  id: string;
  kind: Exclude<EntryKind, 'return'>;
  year: number;
  serial: number;
  /** 序号 as printed: 2026-12. */
  serialText: string;
  sealId: string;
  sealName: string;
  useKind: UseKind;
  outgoingId: string | null;
  docNumber: string;
  /** 「密件」 for a classified document's title when the reader has no need to know. */
  fileName: string;
  reason: string;
  copies: number;
  unitId: string | null;
  unitName: string;
  handler: string;
  approverId: string | null;
  approverName: string;
  approverTitle: string;
  approvedAt: string | null;
  /** 监印人: the custodian who recorded the line. */
  supervisor: string;
  method: UseMethod;
  usedAt: string;
  /** For a 外带 use: when it came back (null while out). */
  returnedAt: string | null;
  remarks: string;
  /** A 更正 line: the line it corrects, and why. */
  correctsId: string | null;
  correctsSerialText: string | null;
  correctionReason: string;
  /** A 更正 saying the use did not happen (登记有误，未实际用印). */
  cancelled: boolean;
  /** 序号 of the 更正 lines that correct this one, oldest first. */
  correctedBy: string[];
  recordedAt: string;
}

export const useFields = {
  sealId: recordId('印章'),
  useKind: z.enum(USE_KINDS, { error: '请选择用印类别（公文用印或其他用印）' }),
  /** 关联发文: required for 公文用印. */
  outgoingId: z.string().max(64).nullable().default(null),
  usedAt: localDateTime('用印时间'),
  /** 事由: never stamp blank paper. */
  reason: requiredText('事由', 200),
  fileName: optionalText('文件名称', 200),
  copies: intField('份数', 1, 100_000),
  unitId: recordId('申请单位'),
  handler: requiredText('经办人', 20),
  /** 批准人 and 批准时间: required for any use other than 公文用印. */
  approverId: z.string().max(64).nullable().default(null),
  approvedAt: localDateTime('批准时间').nullable().default(null),
  method: z.enum(USE_METHODS, { error: '请选择用印方式（盖章或外带）' }),
  remarks: optionalText('备注', 200),
};

export const ledgerFilters = {
  sealId: z.string().max(64).optional(),
  /** 'YYYY-MM' of 用印时间. */
  month: z
    .string({ error: '月份应写成 2026-11 这样' })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份应写成 2026-11 这样')
    .optional(),
  unitId: z.string().max(64).optional(),
  approverId: z.string().max(64).optional(),
  kind: z.enum(LEDGER_KINDS, { error: '类别无效' }).optional(),
};

/** A numbered outgoing document that can still be stamped. */
export interface StampableDocument {
  id: string;
  docNumber: string;
  title: string;
  copies: number;
  /** Copies already stamped (公文用印 lines, as corrected). */
  stamped: number;
}

export interface SealFigures {
  uses: number;
  copies: number;
}

export interface SealStats {
  year: number;
  /** Per seal: the year's figures and one entry per month (index 0 = January). */
  seals: { sealId: string; sealName: string; total: SealFigures; months: SealFigures[] }[];
  /** Per 申请单位, most uses first. */
  units: { unitId: string | null; unitName: string; total: SealFigures }[];
  months: SealFigures[];
  total: SealFigures;
}

export interface LedgerVerdict {
  ok: boolean;
  entries: number;
  /** What broke, in Chinese, when not ok. */
  problem: string | null;
}

export interface LedgerPrint {
  officeName: string;
  month: string;
  sealName: string | null;
  rows: LedgerEntry[];
}

export const sealsApi = {
  'seals.catalog': method<Seal[]>()({ input: z.object({}).default({}), access: SEAL_READERS, title: '查看印章' }),
  'seals.addSeal': method<Seal>()({ input: z.object(sealFields), access: ['admin'], title: '新增印章' }),
  'seals.updateSeal': method<Seal>()({
    input: z.object({ id: recordId('印章'), ...sealFields, retired: flag('停用') }),
    access: ['admin'],
    title: '修改印章',
  }),
  'seals.recordUse': method<LedgerEntry>()({ input: z.object(useFields), access: KEEPER, title: '登记用印' }),
  'seals.recordReturn': method<LedgerEntry>()({
    input: z.object({ useId: recordId('外带登记'), returnedAt: localDateTime('归还时间'), remarks: optionalText('备注', 200) }),
    access: KEEPER,
    title: '登记印章归还',
  }),
  /** 更正: a new line pointing at the wrong one, with the right values (or 未实际用印) and why. */
  'seals.correct': method<LedgerEntry>()({
    input: z.object({
      targetId: recordId('被更正的登记'),
      correctionReason: requiredText('更正原因', 200),
      cancel: flag('未实际用印').default(false),
      ...useFields,
    }),
    access: KEEPER,
    title: '更正用印登记',
  }),
  'seals.ledger': method<{ rows: LedgerEntry[]; nextCursor: string | null }>()({
    input: z.object({
      ...ledgerFilters,
      cursor: z.string().max(40).regex(/^\d{4}:\d{1,9}$/, '翻页位置无效，请重新查询').optional(),
      limit: z.number().int().min(1).max(500).default(50),
    }),
    access: SEAL_READERS,
    title: '查看用印登记',
  }),
  'seals.documents': method<StampableDocument[]>()({
    input: z.object({ term: optionalText('发文字号或标题', 50) }),
    access: SEAL_READERS,
    title: '查找可用印的发文',
  }),
  'seals.printLedger': method<LedgerPrint>()({
    input: z.object({
      month: ledgerFilters.month.unwrap(),
      sealId: ledgerFilters.sealId,
    }),
    access: SEAL_READERS,
    title: '打印用印登记簿',
  }),
  'seals.stats': method<SealStats>()({
    input: z.object({ year: intField('年份', 2000, 2100) }),
    access: SEAL_READERS,
    title: '查看用印统计',
  }),
  'seals.verify': method<LedgerVerdict>()({
    input: z.object({}).default({}),
    access: SEAL_READERS,
    title: '校验用印登记簿',
  }),
  /** 导出用印登记: audited here, the file streamed by the transport with the ticket. */
  'seals.export': method<{ ticket: string; fileName: string; savedTo?: string | null }>()({
    input: z.object(ledgerFilters),
    access: SEAL_READERS,
    title: '导出用印登记',
  }),
} satisfies Record<string, MethodSpec>;
