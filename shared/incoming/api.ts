import { z } from 'zod';
import { method, type MethodSpec } from '../api/define';
import { dateField, intField, optionalText, recordId, requiredText } from '../api/fields';
import { STAFF } from '../auth/roles';
import { MAX_COPIES, MAX_COPY_NUMBER } from './copy-numbers';
import { INCOMING_STATES, type IncomingState } from './states';
import {
  ADDRESSEES,
  DOC_TYPES,
  INCOMING_CLASSES,
  RETURN_REASONS,
  SECRECY_LEVELS,
  URGENCY,
  type Addressee,
  type DocType,
  type IncomingClass,
  type ReturnReason,
  type SecrecyLevel,
  type Urgency,
} from './vocabulary';

/** 收文日期时间: ISO-8601 with an offset, as the office clock read it (Asia/Shanghai). */
const dateTimeField = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?([+-]\d{2}:\d{2}|Z)$/, `${label}应写成 2026-10-08 09:30 这样的时间`)
    .refine((s) => Number.isFinite(Date.parse(s)), `${label}不是有效的时间`);

/** The fields of the paper register, in its order (domain.md, 收文登记). */
export const registrationFields = {
  receivedAt: dateTimeField('收文日期时间'),
  signedBy: requiredText('签收人', 20),
  fromUnitId: recordId('来文单位'),
  docNumber: optionalText('来文字号', 60),
  title: requiredText('标题', 200),
  docType: z.enum(DOC_TYPES, { error: '请选择文种' }),
  writtenDate: dateField('成文日期').nullable().default(null),
  /** 报送日期; left empty it is the 收文日期 (domain.md [config]). */
  submittedDate: dateField('报送日期').nullable().default(null),
  secrecyLevel: z.enum(SECRECY_LEVELS, { error: '请选择密级' }),
  secrecyPeriodMonths: intField('保密期限', 1, 360).nullable().default(null),
  copyNumbers: z.array(intField('份号', 1, MAX_COPY_NUMBER), { error: '份号无效' }).max(MAX_COPIES, '份号太多').default([]),
  urgency: z.enum(URGENCY, { error: '请选择紧急程度' }),
  copies: intField('份数', 1, MAX_COPIES),
  pages: intField('页数', 1, 100_000).nullable().default(null),
  incomingClass: z.enum(INCOMING_CLASSES, { error: '请选择收文类别' }),
  addressee: z.enum(ADDRESSEES, { error: '请选择主送' }),
  remarks: optionalText('备注', 500),
  /** 退文后重新报送: the returned record this resubmits (R7). */
  resubmissionOf: z.string().max(64).nullable().default(null),
};

export interface IncomingRow {
  id: string;
  receiptNo: string;
  year: number;
  serial: number;
  receivedDate: string;
  fromUnitName: string;
  docNumber: string;
  /** 「密件」 for a classified record when the caller has no need to know (R33). */
  title: string;
  titleMasked: boolean;
  docType: DocType;
  secrecyLevel: SecrecyLevel;
  urgency: Urgency;
  incomingClass: IncomingClass;
  copies: number;
  state: IncomingState;
}

export interface IncomingRecord extends IncomingRow {
  receivedAt: string;
  signedBy: string;
  fromUnitId: string | null;
  writtenDate: string | null;
  submittedDate: string | null;
  secrecyPeriodMonths: number | null;
  copyNumbers: number[];
  pages: number | null;
  addressee: Addressee;
  proposal: string;
  proposedBy: string | null;
  proposedDate: string | null;
  handlingResult: string;
  doneDate: string | null;
  reply: string;
  archiveNo: string;
  remarks: string;
  resubmissionOf: string | null;
  /** Later records that resubmit this one after it was returned. */
  resubmittedAs: { id: string; receiptNo: string }[];
  /** 先行交办: assigned before the leader signed; the 批示 follows as 补签. */
  assignedFirst: boolean;
  instructions: Instruction[];
  assignments: Assignment[];
  createdAt: string;
  updatedAt: string;
}

/** A leader's 批示; late = 补签 after 先行交办. */
export interface Instruction {
  id: string;
  leaderId: string | null;
  leaderName: string;
  text: string;
  date: string;
  late: boolean;
}

/** 催办: one reminder about an assignment. */
export interface Urge {
  id: string;
  date: string;
  how: string;
  whom: string;
  result: string;
}

/** One row of the 交办台账. overdue and dueSoon are computed for today, never stored (R9). */
export interface Assignment {
  id: string;
  incomingId: string;
  unitId: string | null;
  unitName: string;
  role: AssignmentRole;
  assignedDate: string;
  deadline: string;
  feedback: string;
  doneDate: string | null;
  urges: Urge[];
  overdue: boolean;
  /** Open and due within the next 3 working days. */
  dueSoon: boolean;
}

export const ASSIGNMENT_ROLES = ['host', 'assist'] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];
export const ASSIGNMENT_ROLE_LABELS: Record<AssignmentRole, string> = { host: '主办', assist: '协办' };

/** An open assignment on the dashboard, with the document it belongs to. */
export interface DueAssignment extends Assignment {
  receiptNo: string;
  title: string;
  titleMasked: boolean;
}

export interface IncomingDashboard {
  month: string;
  registeredThisMonth: number;
  returnedThisMonth: number;
  /** 呈签中: waiting for a leader's 批示. */
  awaitingInstruction: IncomingRow[];
  overdue: DueAssignment[];
  dueSoon: DueAssignment[];
}

/** 退文处理单 as printed: kept as it was, so printing again gives the same slip. */
export interface ReturnSlip {
  incomingId: string;
  officeName: string;
  receiptNo: string;
  title: string;
  fromUnitName: string;
  docNumber: string;
  receivedDate: string;
  writtenDate: string | null;
  submittedDate: string | null;
  reasons: ReturnReason[];
  /** Working days after 成文日期 up to 报送日期 on the 调休 calendar; null without both dates. */
  workingDays: number | null;
  /** What the calendar said about reason 11, whatever the clerk ticked. */
  reason11Computed: boolean;
  reason11Note: string;
  opinion: string;
  remarks: string;
  handledBy: string;
  returnDate: string;
}

export const LIST_SORTS = ['registered', 'receivedDate', 'receiptNo'] as const;

/** What narrows and orders the register: shared by the list and its export, so both read the same rows. */
export const listFilters = {
  q: optionalText('查找', 50),
  year: intField('年份', 2000, 2100).optional(),
  docType: z.enum(DOC_TYPES, { error: '文种无效' }).optional(),
  secrecyLevel: z.enum(SECRECY_LEVELS, { error: '密级无效' }).optional(),
  incomingClass: z.enum(INCOMING_CLASSES, { error: '收文类别无效' }).optional(),
  state: z.enum(INCOMING_STATES, { error: '状态无效' }).optional(),
  fromUnitId: z.string().max(64).optional(),
  /** 承办单位: a unit the document is assigned to (主办 or 协办). */
  assigneeUnitId: z.string().max(64).optional(),
  /** Only documents with an assignment past its deadline and not done (R9: derived for today). */
  overdue: z.boolean().optional(),
  from: dateField('开始日期').optional(),
  to: dateField('结束日期').optional(),
  sort: z.enum(LIST_SORTS, { error: '排序方式无效' }).default('registered'),
};

export const incomingApi = {
  'incoming.register': method<IncomingRecord>()({
    input: z.object(registrationFields),
    access: ['clerk'],
    title: '收文登记',
  }),
  /**
   * Many registrations at once (an import, the paper register brought in): each
   * record meets the same rules and gets the next 收文号; the batch is one audit entry.
   */
  'incoming.import': method<{ count: number; firstReceiptNo: string; lastReceiptNo: string }>()({
    input: z.object({
      records: z
        .array(z.object(registrationFields).omit({ resubmissionOf: true }), { error: '请提供要导入的收文' })
        .min(1, '没有要导入的收文')
        .max(1000, '一次最多导入 1000 条'),
    }),
    access: ['clerk'],
    title: '批量登记收文',
  }),
  'incoming.update': method<IncomingRecord>()({
    input: z.object({ id: recordId('收文'), ...registrationFields }).omit({ resubmissionOf: true }),
    access: ['clerk'],
    title: '修改收文',
  }),
  'incoming.get': method<IncomingRecord>()({
    input: z.object({ id: recordId('收文') }),
    access: STAFF,
    title: '查看收文',
  }),
  /** indexing: with a search term, how many records of a large import are not searchable yet (their entries are being written). */
  'incoming.list': method<{ rows: IncomingRow[]; nextCursor: string | null; indexing?: number }>()({
    input: z.object({
      ...listFilters,
      cursor: z.string().max(200).regex(/^[\w:.-]+(\|[\w:.-]+)*$/, '翻页位置无效，请重新查询').optional(),
      limit: z.number().int().min(1).max(500).default(50),
    }),
    access: STAFF,
    title: '查找收文',
  }),
  /** R3: the same 来文单位 + 来文字号 registered before (a resubmission is allowed and linked). */
  'incoming.findEarlier': method<IncomingRow[]>()({
    input: z.object({
      fromUnitId: recordId('来文单位'),
      docNumber: requiredText('来文字号', 60),
      excludeId: z.string().max(64).optional(),
    }),
    access: ['clerk'],
    title: '查重',
  }),
  /** 初审 passed: the document goes on to 阅知 or 拟办. */
  'incoming.pass': method<IncomingRecord>()({
    input: z.object({ id: recordId('收文') }),
    access: ['clerk'],
    title: '初审通过',
  }),
  /** What the return form needs before the clerk decides: reason 11 as the calendar sees it. */
  'incoming.returnDraft': method<{ workingDays: number | null; reason11: boolean; lastOnTimeDate: string | null }>()({
    input: z.object({ id: recordId('收文') }),
    access: ['clerk'],
    title: '退文预检',
  }),
  'incoming.return': method<ReturnSlip>()({
    input: z.object({
      id: recordId('收文'),
      reasons: z
        .array(z.union(RETURN_REASONS.map((r) => z.literal(r)), { error: '退文理由无效' }))
        .min(1, '请至少勾选一项存在问题')
        .refine((r) => new Set(r).size === r.length, '退文理由重复'),
      reason11Note: optionalText('第11项说明', 200),
      opinion: requiredText('处理意见', 500),
      remarks: optionalText('备注', 500),
      returnDate: dateField('退文日期'),
    }),
    access: ['clerk'],
    title: '退文',
  }),
  'incoming.returnSlip': method<ReturnSlip>()({
    input: z.object({ id: recordId('收文') }),
    access: STAFF,
    title: '查看退文处理单',
  }),
  /** 退文登记: every return of a year, newest first, with unit and reasons. */
  'incoming.returnLog': method<ReturnSlip[]>()({
    input: z.object({ year: intField('年份', 2000, 2100) }),
    access: STAFF,
    title: '查看退文登记',
  }),
  /** 拟办: the 拟办意见 and who wrote it; the document then goes to 呈签. */
  'incoming.propose': method<IncomingRecord>()({
    input: z.object({
      id: recordId('收文'),
      proposal: requiredText('拟办意见', 1000),
      proposedBy: requiredText('拟办人', 20),
      proposedDate: dateField('拟办日期'),
    }),
    access: ['clerk'],
    title: '拟办',
  }),
  'incoming.submit': method<IncomingRecord>()({
    input: z.object({ id: recordId('收文') }),
    access: ['clerk'],
    title: '呈签',
  }),
  /** A leader's 批示; after 先行交办 it is recorded as 补签 (R8). */
  'incoming.instruct': method<IncomingRecord>()({
    input: z.object({
      id: recordId('收文'),
      leaderId: recordId('批示领导'),
      text: requiredText('批示内容', 2000),
      date: dateField('批示日期'),
    }),
    access: ['clerk'],
    title: '记录批示',
  }),
  /** 交办: one 主办 unit and any 协办 units, with a deadline as a date or as N working days. */
  'incoming.assign': method<IncomingRecord>()({
    input: z.object({
      id: recordId('收文'),
      hostUnitId: recordId('主办单位'),
      assistUnitIds: z.array(z.string().min(1).max(64), { error: '协办单位无效' }).max(30, '协办单位太多').default([]),
      assignedDate: dateField('交办日期'),
      deadline: z.union(
        [z.object({ date: dateField('办理时限') }), z.object({ workingDays: intField('办理时限（工作日）', 1, 365) })],
        { error: '请填写办理时限（日期或工作日数）' },
      ),
      /** Art. 14/19: assign now, the leader signs later (先行交办). */
      assignFirst: z.boolean().default(false),
    }),
    access: ['clerk'],
    title: '交办',
  }),
  'incoming.urge': method<Assignment>()({
    input: z.object({
      assignmentId: recordId('交办事项'),
      date: dateField('催办日期'),
      how: requiredText('催办方式', 20),
      whom: requiredText('催办对象', 40),
      result: optionalText('催办结果', 500),
    }),
    access: ['clerk'],
    title: '催办',
  }),
  /** The unit's feedback, and its 办结日期 when it has finished. */
  'incoming.feedback': method<Assignment>()({
    input: z.object({
      assignmentId: recordId('交办事项'),
      feedback: requiredText('反馈情况', 1000),
      doneDate: dateField('办结日期').nullable().default(null),
    }),
    access: ['clerk'],
    title: '办理反馈',
  }),
  /** 办结: the document's 办理结果 once every assignment is done. */
  'incoming.complete': method<IncomingRecord>()({
    input: z.object({
      id: recordId('收文'),
      handlingResult: requiredText('办理结果', 1000),
      doneDate: dateField('办结日期'),
    }),
    access: ['clerk'],
    title: '办结',
  }),
  'incoming.dashboard': method<IncomingDashboard>()({
    input: z.object({}).default({}),
    access: ['clerk'],
    title: '查看工作台',
  }),
  /**
   * 导出收文: the list under these filters as an .xlsx. The call checks the role,
   * writes the audit entry and issues a single-use ticket; the transport then
   * streams the file (browser: GET /api/export/<ticket>; Electron: main saves it
   * where the user chooses and answers with ticket '' and savedTo).
   */
  'incoming.export': method<{ ticket: string; fileName: string; savedTo?: string | null }>()({
    input: z.object(listFilters),
    access: STAFF,
    title: '导出收文',
  }),
} satisfies Record<string, MethodSpec>;

