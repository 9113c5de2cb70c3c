import { z } from 'zod';
import { method, type MethodSpec } from '../api/define';
import { dateField, flag, intField, localDateTime, optionalText, recordId, requiredText } from '../api/fields';
import { STAFF } from '../auth/roles';
import { MAX_DOC_SERIAL } from '../doc-number';
import { DOC_TYPES, SECRECY_LEVELS, URGENCY, type DocType, type SecrecyLevel, type Urgency } from '../incoming/vocabulary';
import { OUTGOING_STATES, type OutgoingState } from './states';
import {
  ISSUERS,
  MATTERS,
  MEETING_TYPES,
  PUBLICITY,
  SIGN_STEPS,
  type Issuer,
  type Matter,
  type MeetingType,
  type NumberKind,
  type Publicity,
  type SignStep,
} from './vocabulary';

const yearField = intField('年份', 2000, 2100);

// ── 机关代字 configuration ───────────────────────────────────────────────

export interface AgencyCode {
  id: string;
  code: string;
  counterId: string;
  disabled: boolean;
  /** A code that numbered something can only be disabled, never removed. */
  used: boolean;
}

export interface NumberCounter {
  id: string;
  name: string;
  /** The device that issues this counter's numbers: one issuer per counter keeps serials gap-free across PCs. */
  issuingDeviceId: string;
  issuedHere: boolean;
  /** Year → first serial of that year (continuing a paper register). */
  startSerials: Record<string, number>;
  codes: AgencyCode[];
}

// ── the document ─────────────────────────────────────────────────────────

export const draftFields = {
  codeId: recordId('机关代字'),
  docType: z.enum(DOC_TYPES, { error: '请选择文种' }),
  title: requiredText('标题', 200),
  draftUnitId: recordId('拟稿单位'),
  drafter: requiredText('拟稿人', 20),
  draftDate: dateField('拟稿日期'),
  mainTo: optionalText('主送', 500),
  ccTo: optionalText('抄送', 500),
  secrecyLevel: z.enum(SECRECY_LEVELS, { error: '请选择密级' }),
  secrecyPeriodMonths: intField('保密期限', 1, 360).nullable().default(null),
  urgency: z.enum(URGENCY, { error: '请选择紧急程度' }),
  publicity: z.enum(PUBLICITY, { error: '请选择公开属性' }),
  publicityReason: optionalText('不公开理由', 200),
  normative: flag('规范性文件').default(false),
  /** 字数, when known: above 5,000 a 规范性文件 gets a warning (art. 16). */
  wordCount: intField('字数', 1, 10_000_000).nullable().default(null),
  issuer: z.enum(ISSUERS, { error: '请选择发文机关（县政府或县政府办）' }),
  matter: z.enum(MATTERS, { error: '请选择事项类别（一般或重要）' }),
  /** 会议纪要 only (art. 7): required when 文种 is 纪要, refused otherwise. */
  meetingType: z.enum(MEETING_TYPES, { error: '会议类型无效' }).nullable().default(null),
  /** The meeting's start, Asia/Shanghai local time 'YYYY-MM-DDTHH:mm'. */
  meetingAt: localDateTime('会议时间')
    .nullable()
    .default(null),
};

export interface Signature {
  id: string;
  personId: string | null;
  /** Name and 职务 as they were when the person signed. */
  personName: string;
  personTitle: string;
  step: SignStep;
  date: string;
}

/** The signer of a 备案报告, with name and 职务 as they were when it was recorded. */
export interface FilingSigner {
  personId: string | null;
  personName: string;
  personTitle: string;
}

export interface Stamp {
  /** 用印序号 of the seal ledger. */
  serialText: string;
  sealName: string;
  copies: number;
  usedAt: string;
}

export interface Countersign {
  id: string;
  unitId: string | null;
  unitName: string;
  who: string;
  date: string;
}

export interface Distribution {
  id: string;
  recipients: string[];
  date: string;
}

export interface OutgoingRecord {
  id: string;
  state: OutgoingState;
  codeId: string;
  code: string;
  docType: DocType;
  title: string;
  draftUnitId: string | null;
  draftUnitName: string;
  drafter: string;
  draftDate: string;
  mainTo: string;
  ccTo: string;
  secrecyLevel: SecrecyLevel;
  secrecyPeriodMonths: number | null;
  urgency: Urgency;
  publicity: Publicity;
  publicityReason: string;
  normative: boolean;
  wordCount: number | null;
  issuer: Issuer;
  matter: Matter;
  reviewer: string | null;
  reviewDate: string | null;
  legalReviewer: string | null;
  legalReviewDate: string | null;
  legalConclusion: string;
  /** 规范性文件备案 (art. 17): 备案机关 ('' while not filed), 备案日期 and who signed the 备案报告. */
  filingAuthority: string;
  filingDate: string | null;
  filingSigner: FilingSigner | null;
  /** 成文日期: the last 签发 date. */
  writtenDate: string | null;
  /** 发文字号 as issued, '' before numbering. */
  docNumber: string;
  numberId: string | null;
  copies: number | null;
  copyFrom: number | null;
  copyTo: number | null;
  printedDate: string | null;
  archivedDate: string | null;
  /** 用印: the 公文用印 lines of the seal ledger for this document, as corrected. */
  stamps: Stamp[];
  signatures: Signature[];
  countersigns: Countersign[];
  distributions: Distribution[];
  meetingType: MeetingType | null;
  meetingAt: string | null;
  /** R19, for minutes: derived from the meeting time for now, never stored; [] for other documents. */
  minutesDeadlines: MinutesDeadline[];
  /** Advice that does not block (art. 16 length). */
  warnings: string[];
}

/**
 * One art. 7 deadline of a 会议纪要. `due` is Asia/Shanghai local: 'YYYY-MM-DD HH:mm'
 * for the 36-hour deadline of a 常务会议, 'YYYY-MM-DD' (the whole day) for the others.
 */
export interface MinutesDeadline {
  /** finalDraft: 送审终稿 (常务会议, 36 h); drafted: 起草 (2 days); issued: 印发 (5 working days). */
  step: 'finalDraft' | 'drafted' | 'issued';
  /** What is due, in words: 送审终稿 / 完成起草 / 印发. */
  label: string;
  due: string;
  /** When the step was recorded (a date), null while it is not. */
  doneDate: string | null;
  /** done: on time; late: done after the deadline; open: not yet due; dueSoon: within 24 hours / by the next working day. */
  status: 'done' | 'late' | 'open' | 'dueSoon' | 'overdue';
}

/** One line of the 发文 list (and of its export). */
export interface OutgoingRow {
  id: string;
  state: OutgoingState;
  code: string;
  /** 发文字号, '' before numbering. */
  docNumber: string;
  /** Of the 发文字号 once numbered, of 拟稿日期 before. */
  year: number;
  serial: number | null;
  title: string;
  titleMasked: boolean;
  docType: DocType;
  secrecyLevel: SecrecyLevel;
  urgency: Urgency;
  publicity: Publicity;
  draftUnitName: string;
  drafter: string;
  draftDate: string;
  writtenDate: string | null;
  printedDate: string | null;
  copies: number | null;
  meetingType: MeetingType | null;
  meetingAt: string | null;
}

/**
 * registered: newest draft first. number: 发文字号 by 代字, then year and serial
 * descending as numbers; unnumbered documents after them, newest first.
 * writtenDate: 成文日期 (拟稿日期 while unsigned) descending.
 */
export const OUTGOING_LIST_SORTS = ['registered', 'number', 'writtenDate'] as const;

/** What narrows and orders the 发文 list: shared by the list and its export. */
export const outgoingListFilters = {
  /** Any part of 标题, 发文字号, 拟稿单位 or 主送. */
  q: optionalText('查找', 50),
  /** The year of the 发文字号; of 拟稿日期 for a document not numbered. */
  year: intField('年份', 2000, 2100).optional(),
  codeId: z.string().max(64).optional(),
  docType: z.enum(DOC_TYPES, { error: '文种无效' }).optional(),
  state: z.enum(OUTGOING_STATES, { error: '状态无效' }).optional(),
  publicity: z.enum(PUBLICITY, { error: '公开属性无效' }).optional(),
  secrecyLevel: z.enum(SECRECY_LEVELS, { error: '密级无效' }).optional(),
  /** A range of 成文日期, or of 拟稿日期 for a document not yet signed. */
  from: dateField('开始日期').optional(),
  to: dateField('结束日期').optional(),
  sort: z.enum(OUTGOING_LIST_SORTS, { error: '排序方式无效' }).default('registered'),
};

/** A 会议纪要 deadline on the clerk's dashboard. */
export interface MinutesDue extends MinutesDeadline {
  id: string;
  title: string;
  titleMasked: boolean;
  docNumber: string;
  meetingType: MeetingType;
  meetingAt: string;
}

export interface OutgoingDashboard {
  /** Drafts (核稿 or not) with no 签发 yet, oldest first; counts are of all, lists of at most 100. */
  awaitingSignature: OutgoingRow[];
  awaitingSignatureCount: number;
  signedUnnumbered: OutgoingRow[];
  signedUnnumberedCount: number;
  minutesDueSoon: MinutesDue[];
  minutesOverdue: MinutesDue[];
}

export interface GapEntry {
  serial: number;
  docNumber: string;
  kind: NumberKind | 'missing';
  outgoingId: string | null;
  /** 作废：reason（批准人：name）/ 补录 / 缺号; '' for a number in use. */
  explanation: string;
}

export interface GapReport {
  counterId: string;
  counterName: string;
  year: number;
  /** Every serial from the first to the highest, in order; empty when the year has no number. */
  entries: GapEntry[];
  /** The entries that are not numbers in use: void, back-filled and missing ones. */
  holes: GapEntry[];
}

export const outgoingApi = {
  'outgoing.codes': method<NumberCounter[]>()({
    input: z.object({}).default({}),
    access: STAFF,
    title: '查看机关代字',
  }),
  'outgoing.addCounter': method<NumberCounter>()({
    input: z.object({
      name: requiredText('编号序列名称', 30),
      /** Empty: this device. Another PC's device id hands the numbering to that PC. */
      issuingDeviceId: optionalText('发号电脑', 64),
    }),
    access: ['admin'],
    title: '新增编号序列',
  }),
  /** Hands a counter's numbering to another PC of the sync set (or back to this one). */
  'outgoing.setIssuingDevice': method<NumberCounter>()({
    input: z.object({ counterId: recordId('编号序列'), deviceId: requiredText('发号电脑', 64) }),
    access: ['admin'],
    title: '更改发号电脑',
  }),
  'outgoing.setStartSerial': method<NumberCounter>()({
    input: z.object({ counterId: recordId('编号序列'), year: yearField, start: intField('起始序号', 1, MAX_DOC_SERIAL) }),
    access: ['admin'],
    title: '设置起始序号',
  }),
  'outgoing.addCode': method<NumberCounter>()({
    input: z.object({ code: requiredText('机关代字', 10), counterId: recordId('编号序列') }),
    access: ['admin'],
    title: '新增机关代字',
  }),
  'outgoing.setCodeDisabled': method<NumberCounter>()({
    input: z.object({ id: recordId('机关代字'), disabled: flag('停用') }),
    access: ['admin'],
    title: '停用或启用机关代字',
  }),

  'outgoing.draft': method<OutgoingRecord>()({
    input: z.object(draftFields),
    access: ['clerk'],
    title: '发文拟稿登记',
  }),
  /** Corrects a draft's fields (the rules of outgoing.draft) while it has no 签发: a signed text is what the leader approved. */
  'outgoing.updateDraft': method<OutgoingRecord>()({
    input: z.object({ id: recordId('发文'), ...draftFields }),
    access: ['clerk'],
    title: '修改发文拟稿',
  }),
  'outgoing.get': method<OutgoingRecord>()({
    input: z.object({ id: recordId('发文') }),
    access: STAFF,
    title: '查看发文',
  }),
  'outgoing.review': method<OutgoingRecord>()({
    input: z.object({ id: recordId('发文'), reviewer: requiredText('核稿人', 20), date: dateField('核稿日期') }),
    access: ['clerk'],
    title: '核稿',
  }),
  'outgoing.countersign': method<OutgoingRecord>()({
    input: z.object({
      id: recordId('发文'),
      unitId: recordId('会签单位'),
      who: requiredText('会签人', 20),
      date: dateField('会签日期'),
    }),
    access: ['clerk'],
    title: '会签',
  }),
  /** One entry of the art. 17 chain: a 审核 or a 签发 by a person of the directory. */
  'outgoing.sign': method<OutgoingRecord>()({
    input: z.object({
      id: recordId('发文'),
      personId: recordId('签批人'),
      step: z.enum(SIGN_STEPS, { error: '请选择审核或签发' }),
      date: dateField('签批日期'),
    }),
    access: ['clerk'],
    title: '登记签批',
  }),
  /** R17: the 合法性审查 a 规范性文件 needs before it is numbered. */
  'outgoing.legalReview': method<OutgoingRecord>()({
    input: z.object({
      id: recordId('发文'),
      reviewer: requiredText('审查人', 20),
      date: dateField('审查日期'),
      conclusion: requiredText('审查结论', 500),
    }),
    access: ['clerk'],
    title: '登记合法性审查',
  }),
  /** Art. 17: the 备案 of a printed 规范性文件; its 备案报告 is signed by the office's 主任. */
  'outgoing.recordFiling': method<OutgoingRecord>()({
    input: z.object({
      id: recordId('发文'),
      authority: requiredText('备案机关', 60),
      date: dateField('备案日期'),
      signerId: recordId('备案报告签发人'),
    }),
    access: ['clerk'],
    title: '登记规范性文件备案',
  }),
  /** R11/R12: the next 发文字号 of the document's counter; a second call returns the same number. */
  'outgoing.takeNumber': method<OutgoingRecord>()({
    input: z.object({ id: recordId('发文') }),
    access: ['clerk'],
    title: '编号',
  }),
  /** R14: 作废号 — the next unused number of a 代字 and year, or a number already taken. */
  'outgoing.voidNumber': method<GapEntry>()({
    input: z.object({
      target: z.union([z.object({ codeId: recordId('机关代字'), year: yearField }), z.object({ numberId: recordId('发文字号') })], {
        error: '请指明作废哪个文号（下一个未用的文号，或已用的文号）',
      }),
      reason: requiredText('作废理由', 200),
      approverId: recordId('批准人'),
    }),
    access: ['clerk'],
    title: '作废文号',
  }),
  /** Migration from the paper register: a document already issued, with its number. */
  'outgoing.recordHistoricalNumber': method<OutgoingRecord>()({
    input: z
      .object({ ...draftFields, docNumber: requiredText('发文字号', 40), writtenDate: dateField('成文日期') })
      .omit({ codeId: true }),
    access: ['clerk'],
    title: '补录历史文号',
  }),
  'outgoing.print': method<OutgoingRecord>()({
    input: z.object({
      id: recordId('发文'),
      copies: intField('印数', 1, 100_000),
      copyFrom: intField('起始份号', 1, 100_000).nullable().default(null),
      copyTo: intField('终止份号', 1, 100_000).nullable().default(null),
      printedDate: dateField('印发日期'),
    }),
    access: ['clerk'],
    title: '印制',
  }),
  'outgoing.distribute': method<OutgoingRecord>()({
    input: z.object({
      id: recordId('发文'),
      recipients: z.array(requiredText('分发对象', 60), { error: '请填写分发对象' }).min(1, '请至少填写一个分发对象').max(500, '分发对象太多'),
      date: dateField('分发日期'),
    }),
    access: ['clerk'],
    title: '分发',
  }),
  'outgoing.archive': method<OutgoingRecord>()({
    input: z.object({ id: recordId('发文'), date: dateField('归档日期') }),
    access: ['clerk'],
    title: '归档',
  }),
  /** R15: every serial of a counter's year, each hole with its explanation. */
  'outgoing.gapReport': method<GapReport>()({
    input: z.object({ counterId: recordId('编号序列'), year: yearField }),
    access: STAFF,
    title: '查看文号缺号报告',
  }),
  'outgoing.list': method<{ rows: OutgoingRow[]; nextCursor: string | null }>()({
    input: z.object({
      ...outgoingListFilters,
      cursor: z.string().max(200).regex(/^[\w:.-]+(\|[\w:.-]+)*$/, '翻页位置无效，请重新查询').optional(),
      limit: z.number().int().min(1).max(500).default(50),
    }),
    access: STAFF,
    title: '查找发文',
  }),
  /** 导出发文: as incoming.export — audited here, the file streamed by the transport with the ticket. */
  'outgoing.export': method<{ ticket: string; fileName: string; savedTo?: string | null }>()({
    input: z.object(outgoingListFilters),
    access: STAFF,
    title: '导出发文',
  }),
  'outgoing.dashboard': method<OutgoingDashboard>()({
    input: z.object({}).default({}),
    access: ['clerk'],
    title: '查看发文工作台',
  }),
} satisfies Record<string, MethodSpec>;
