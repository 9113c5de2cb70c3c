import { z } from 'zod';
import { method, type MethodSpec } from '../api/define';
import { dateField, flag, intField, localDateTime, optionalText, recordId, requiredText } from '../api/fields';
import type { Role } from '../auth/roles';
import { MAX_COPIES, MAX_COPY_NUMBER } from '../incoming/copy-numbers';
import { SECRECY_LEVELS, type SecrecyLevel } from '../incoming/vocabulary';
import { COPY_PLACES, type CopyEventKind, type CopyPlace } from './vocabulary';

/** Only the confidential officer handles classified copies (art. 22); the clerk reads the registry. */
const OFFICER: readonly Role[] = ['secrecyOfficer'];
export const CLASSIFIED_READERS: readonly Role[] = ['secrecyOfficer', 'clerk'];

export interface ScopePerson {
  personId: string;
  name: string;
  title: string;
}

export interface CopyEvent {
  id: string;
  kind: CopyEventKind;
  at: string;
  /** 夹号 of a 送阅. */
  folderNo: string;
  personId: string | null;
  /** The reader (送阅/退回), or the receiver at the issuer (清退). */
  personName: string;
  /** 清退: the receiving unit. */
  unitName: string;
  /** 退回: the reader signed the 传阅单 (阅签). */
  signedOff: boolean;
  /** 退回: the reader's 批示, as written. */
  instruction: string;
  /** 销毁: the batch. */
  batchNo: string;
  officer: string;
}

export interface ClassifiedCopy {
  id: string;
  copyNo: number;
  place: CopyPlace;
  /** 传阅中: the reader, the folder and since when. */
  holderId: string | null;
  holderName: string;
  folderNo: string;
  since: string | null;
  /** 传阅中 and not back by the day's return time (R26). */
  overdue: boolean;
  /** When it is due back, while out. */
  dueAt: string | null;
  events: CopyEvent[];
}

export interface ClassifiedDoc {
  id: string;
  /** 密件编号 per year: 2026-3. */
  serialText: string;
  incomingId: string | null;
  /** 「密件」 for a reader without need to know (R33). */
  title: string;
  docNumber: string;
  issuerName: string;
  secrecyLevel: Exclude<SecrecyLevel, 'none'>;
  secrecyPeriodMonths: number;
  receivedDate: string;
  scope: ScopePerson[];
  /** 清退要求: returned to the issuer by this date, or kept (null). */
  returnBy: string | null;
  remarks: string;
  copies: ClassifiedCopy[];
}

/** A line of the registry list. */
export interface ClassifiedRow {
  id: string;
  serialText: string;
  /** The 收文 it was registered from, if any. */
  incomingId: string | null;
  title: string;
  docNumber: string;
  issuerName: string;
  secrecyLevel: Exclude<SecrecyLevel, 'none'>;
  receivedDate: string;
  returnBy: string | null;
  copies: number;
  /** How many copies are in each place. */
  places: Record<CopyPlace, number>;
  overdue: number;
}

/** A copy out with a reader (the board, R26). */
export interface CopyOut {
  docId: string;
  copyId: string;
  serialText: string;
  title: string;
  secrecyLevel: Exclude<SecrecyLevel, 'none'>;
  copyNo: number;
  folderNo: string;
  holderName: string;
  since: string;
  dueAt: string;
  overdue: boolean;
  /** Minutes out until now. */
  minutesOut: number;
}

export interface StockCheckItem {
  id: string;
  /** The check that listed it (a discrepancy outlives its check until resolved). */
  checkId: string;
  docId: string;
  copyId: string;
  serialText: string;
  title: string;
  copyNo: number;
  /** Where the registry says the copy is, at the start of the check. */
  expected: CopyPlace;
  expectedHolder: string;
  confirmedAt: string | null;
  /** Unconfirmed when the check was finished: a discrepancy until resolved with a note. */
  discrepancy: boolean;
  resolution: string;
  resolvedAt: string | null;
}

export interface StockCheck {
  id: string;
  startedAt: string;
  finishedAt: string | null;
  officer: string;
  items: StockCheckItem[];
}

export interface ClassifiedDashboard {
  overdue: CopyOut[];
  outCount: number;
  /** Unresolved discrepancies of finished checks. */
  discrepancies: StockCheckItem[];
  /** Copies to be returned to the issuer within 7 days or already late. */
  surrenderDue: { docId: string; serialText: string; title: string; returnBy: string; copies: number }[];
}

const copyNumbers = z
  .array(intField('份号', 1, MAX_COPY_NUMBER), { error: '份号无效' })
  .min(1, '请逐份登记份号')
  .max(MAX_COPIES, '份号太多');

const scope = z
  .array(recordId('知悉范围'), { error: '知悉范围应为人员列表' })
  .min(1, '请填写知悉范围：可以阅读此件的人员')
  .max(200, '知悉范围人数太多');

const classifiedLevel = z.enum(SECRECY_LEVELS.filter((l) => l !== 'none') as ['secret', 'confidential', 'topSecret'], {
  error: '密件的密级应为秘密、机密或绝密',
});

export const classifiedFields = {
  /** From a classified incoming record; its title, 来文字号, 来文单位, 密级, 保密期限 and 份号 are taken from it. */
  incomingId: z.string().max(64).nullable().default(null),
  title: optionalText('标题', 200),
  docNumber: optionalText('来文字号', 60),
  issuerUnitId: z.string().max(64).nullable().default(null),
  secrecyLevel: classifiedLevel.nullable().default(null),
  secrecyPeriodMonths: intField('保密期限', 1, 360).nullable().default(null),
  receivedDate: dateField('收到日期').nullable().default(null),
  copyNumbers: copyNumbers.nullable().default(null),
  scope,
  /** 清退要求: return to the issuer by this date; null keeps the copies. */
  returnBy: dateField('清退期限').nullable().default(null),
  remarks: optionalText('备注', 200),
};

export const classifiedListFilters = {
  place: z.enum(COPY_PLACES, { error: '位置无效' }).optional(),
  year: intField('年份', 2000, 2100).optional(),
};

export const classifiedApi = {
  'classified.register': method<ClassifiedDoc>()({ input: z.object(classifiedFields), access: OFFICER, title: '登记密件' }),
  'classified.update': method<ClassifiedDoc>()({
    input: z.object({ id: recordId('密件'), scope, returnBy: classifiedFields.returnBy, remarks: classifiedFields.remarks }),
    access: OFFICER,
    title: '修改密件知悉范围或清退要求',
  }),
  'classified.get': method<ClassifiedDoc>()({ input: z.object({ id: recordId('密件') }), access: CLASSIFIED_READERS, title: '查看密件' }),
  'classified.list': method<ClassifiedRow[]>()({ input: z.object(classifiedListFilters), access: CLASSIFIED_READERS, title: '查看密件登记' }),
  /** 送阅: a copy in stock goes to a reader within the 知悉范围, in a numbered folder. */
  'classified.send': method<ClassifiedDoc>()({
    input: z.object({ copyId: recordId('份号'), readerId: recordId('阅件人'), folderNo: requiredText('夹号', 20), sentAt: localDateTime('送阅时间') }),
    access: OFFICER,
    title: '密件送阅',
  }),
  /** 退回: the copy comes back to the officer, with the reader's sign-off and 批示. */
  'classified.receive': method<ClassifiedDoc>()({
    input: z.object({
      copyId: recordId('份号'),
      returnedAt: localDateTime('退回时间'),
      signedOff: flag('阅签'),
      instruction: optionalText('批示', 1000),
    }),
    access: OFFICER,
    title: '密件退回',
  }),
  /** 清退: a copy in stock goes back to its issuer. */
  'classified.surrender': method<ClassifiedDoc>()({
    input: z.object({ copyId: recordId('份号'), date: dateField('清退日期'), unitId: recordId('接收单位'), receiver: requiredText('接收人', 20) }),
    access: OFFICER,
    title: '密件清退',
  }),
  /** 导出: one line per copy with where it is, for the filters of the list. */
  'classified.export': method<{ ticket: string; fileName: string; savedTo?: string | null }>()({
    input: z.object(classifiedListFilters),
    access: CLASSIFIED_READERS,
    title: '导出密件登记',
  }),
  'classified.board': method<CopyOut[]>()({ input: z.object({}).default({}), access: CLASSIFIED_READERS, title: '查看传阅中的密件' }),
  'classified.dashboard': method<ClassifiedDashboard>()({ input: z.object({}).default({}), access: OFFICER, title: '查看保密工作台' }),
  /** 清查: lists every copy in stock or out and where it should be; confirm each one seen. */
  'classified.startCheck': method<StockCheck>()({ input: z.object({}).default({}), access: OFFICER, title: '开始密件清查' }),
  'classified.check': method<StockCheck | null>()({
    input: z.object({ id: z.string().max(64).optional() }),
    access: OFFICER,
    title: '查看密件清查',
  }),
  'classified.confirmCopy': method<StockCheck>()({ input: z.object({ itemId: recordId('清查项') }), access: OFFICER, title: '清查确认' }),
  'classified.finishCheck': method<StockCheck>()({ input: z.object({ id: recordId('清查') }), access: OFFICER, title: '结束密件清查' }),
  'classified.resolveDiscrepancy': method<StockCheck>()({
    input: z.object({ itemId: recordId('清查项'), resolution: requiredText('处理说明', 500) }),
    access: OFFICER,
    title: '处理清查差异',
  }),
} satisfies Record<string, MethodSpec>;
