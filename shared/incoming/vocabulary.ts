/**
 * Fixed vocabularies of the incoming register (收文登记). Codes are what gets
 * stored; labels are what the user sees. Codes never change once shipped, so a
 * label can be reworded without touching any stored row.
 *
 * Each list is a readonly tuple of codes (usable as `z.enum(DOC_TYPES)`, or
 * `z.literal(RETURN_REASONS)` for the numbered reasons) plus a code → label record.
 */

export interface Option<C extends string | number> {
  code: C;
  label: string;
}

function toOptions<C extends string | number>(codes: readonly C[], labels: Record<C, string>): readonly Option<C>[] {
  return codes.map((code) => ({ code, label: labels[code] }));
}

// ---------------------------------------------------------------------------
// 文种: the 15 types of 《党政机关公文处理工作条例》(2012) art. 8, in its order, plus 其他
// for whatever arrives that is none of them (e.g. a 简报 or a letter from a company).

export const DOC_TYPES = [
  'resolution', // 决议
  'decision', // 决定
  'order', // 命令（令）
  'communique', // 公报
  'announcement', // 公告
  'notice_public', // 通告: a notice addressed to the public, unlike 通知
  'opinion', // 意见
  'notice', // 通知
  'circular', // 通报
  'report', // 报告
  'request', // 请示
  'reply', // 批复
  'motion', // 议案
  'letter', // 函
  'minutes', // 纪要
  'other', // 其他
] as const;
export type DocType = (typeof DOC_TYPES)[number];

export const DOC_TYPE_LABELS: Record<DocType, string> = {
  resolution: '决议',
  decision: '决定',
  order: '命令（令）',
  communique: '公报',
  announcement: '公告',
  notice_public: '通告',
  opinion: '意见',
  notice: '通知',
  circular: '通报',
  report: '报告',
  request: '请示',
  reply: '批复',
  motion: '议案',
  letter: '函',
  minutes: '纪要',
  other: '其他',
};
export const DOC_TYPE_OPTIONS = toOptions(DOC_TYPES, DOC_TYPE_LABELS);

// ---------------------------------------------------------------------------
// 密级 and 保密期限. When the issuer states no period, the statutory maximum applies
// (国家秘密保密期限的规定: 绝密 30 years, 机密 20, 秘密 10), so default = maximum.
// Periods are kept in months because a period under a year is written in months.

export const SECRECY_LEVELS = ['none', 'secret', 'confidential', 'topSecret'] as const;
export type SecrecyLevel = (typeof SECRECY_LEVELS)[number];
export type ClassifiedLevel = Exclude<SecrecyLevel, 'none'>;

export const SECRECY_LEVEL_LABELS: Record<SecrecyLevel, string> = {
  none: '非密',
  secret: '秘密',
  confidential: '机密',
  topSecret: '绝密',
};
export const SECRECY_LEVEL_OPTIONS = toOptions(SECRECY_LEVELS, SECRECY_LEVEL_LABELS);

/** 保密期限 in months: the default when the document states none, and the maximum allowed. */
export const SECRECY_PERIODS: Record<ClassifiedLevel, { defaultMonths: number; maxMonths: number }> = {
  secret: { defaultMonths: 120, maxMonths: 120 },
  confidential: { defaultMonths: 240, maxMonths: 240 },
  topSecret: { defaultMonths: 360, maxMonths: 360 },
};

export function isClassified(level: SecrecyLevel): level is ClassifiedLevel {
  return level !== 'none';
}

/** 120 -> '10年', 6 -> '6个月', 18 -> '1年6个月'. Throws RangeError unless months is a positive integer. */
export function formatSecrecyPeriod(months: number): string {
  if (!Number.isSafeInteger(months) || months < 1) {
    throw new RangeError(`formatSecrecyPeriod: months must be a positive integer, got ${months}`);
  }
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return `${years > 0 ? `${years}年` : ''}${rest > 0 ? `${rest}个月` : ''}`;
}

// ---------------------------------------------------------------------------
// 紧急程度. GB/T 9704-2012 marks documents 特急 / 加急; telegrams (电报) use
// 特提 / 特急 / 加急 / 平急. 平件 is the register's word for "no mark".

export const URGENCY = [
  'normal', // 平件
  'urgent', // 加急
  'veryUrgent', // 特急
  'telegramRoutine', // 平急: lowest telegram mark, still urgent
  'telegramFlash', // 特提: highest telegram mark
] as const;
export type Urgency = (typeof URGENCY)[number];

export const URGENCY_LABELS: Record<Urgency, string> = {
  normal: '平件',
  urgent: '加急',
  veryUrgent: '特急',
  telegramRoutine: '平急',
  telegramFlash: '特提',
};
export const URGENCY_OPTIONS = toOptions(URGENCY, URGENCY_LABELS);

/** Marks only a telegram can carry; a form may hide them unless the item is a 电报. */
export const URGENCY_TELEGRAM_ONLY: Record<Urgency, boolean> = {
  normal: false,
  urgent: false,
  veryUrgent: false,
  telegramRoutine: true,
  telegramFlash: true,
};

/** Any mark other than 平件 makes the item urgent (紧急) for the art. 14 shortcut. */
export function isUrgent(urgency: Urgency): boolean {
  return urgency !== 'normal';
}

// ---------------------------------------------------------------------------
// 收文类别 (work rules art. 14).

export const INCOMING_CLASSES = [
  'readOnly', // 阅知类
  'toHandle', // 批办类
  'request', // 请示类
] as const;
export type IncomingClass = (typeof INCOMING_CLASSES)[number];

export const INCOMING_CLASS_LABELS: Record<IncomingClass, string> = {
  readOnly: '阅知类',
  toHandle: '批办类',
  request: '请示类',
};
export const INCOMING_CLASS_OPTIONS = toOptions(INCOMING_CLASSES, INCOMING_CLASS_LABELS);

// ---------------------------------------------------------------------------
// 主送: the secretariat registers mail for both the county government and its office (art. 12).

export const ADDRESSEES = ['county', 'office'] as const;
export type Addressee = (typeof ADDRESSEES)[number];

export const ADDRESSEE_LABELS: Record<Addressee, string> = {
  county: '县政府',
  office: '县政府办',
};
export const ADDRESSEE_OPTIONS = toOptions(ADDRESSEES, ADDRESSEE_LABELS);

// ---------------------------------------------------------------------------
// 存在问题 of the 退文处理单 (annex of the work rules). The code is the number printed
// in front of the checkbox, so stored slips and printed slips say the same thing.
// The text is the annex's, character for character, minus the trailing punctuation.

export const RETURN_REASONS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

export const RETURN_REASON_LABELS: Record<ReturnReason, string> = {
  1: '属部门职能或几个部门共同协调能解决的事项',
  2: '行文理由不充分',
  3: '代拟稿照抄照搬、内容雷同没有实质内容',
  4: '文稿质量差',
  5: '公文格式严重错误',
  6: '越级行文',
  7: '未经单位主要负责人签发',
  8: '未征求相关部门意见或意见未协调一致且未说明',
  9: '报告工作夹带请示事项',
  10: '一文多请',
  11: '报送日期超过成文日期15个工作日以上',
  12: '附件资料不全',
};
export const RETURN_REASON_OPTIONS = toOptions(RETURN_REASONS, RETURN_REASON_LABELS);

/** Reason 5: partly computable from the 来文字号 (see shared/doc-number.ts). */
export const RETURN_REASON_FORMAT: ReturnReason = 5;
/** Reason 11: computable from 成文日期 and 报送日期 (see checks.ts submissionDelay). */
export const RETURN_REASON_LATE_SUBMISSION: ReturnReason = 11;
