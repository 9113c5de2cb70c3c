/**
 * Fixed vocabularies of the outgoing register (发文登记). As in the incoming
 * register, codes are stored and labels shown; 文种, 密级 and 紧急程度 are the
 * incoming register's lists (shared/incoming/vocabulary), because an office
 * issues the same 15 types under the same marks it receives.
 */

// 公开属性 (政府信息公开条例): what the office decides at drafting time.
export const PUBLICITY = ['active', 'onRequest', 'withheld'] as const;
export type Publicity = (typeof PUBLICITY)[number];
export const PUBLICITY_LABELS: Record<Publicity, string> = {
  active: '主动公开',
  onRequest: '依申请公开',
  withheld: '不予公开',
};

// In whose name the document goes out: art. 17 sets a different signing chain for each.
export const ISSUERS = ['county', 'office'] as const;
export type Issuer = (typeof ISSUERS)[number];
export const ISSUER_LABELS: Record<Issuer, string> = { county: '县政府', office: '县政府办' };

export const MATTERS = ['general', 'important'] as const;
export type Matter = (typeof MATTERS)[number];
export const MATTER_LABELS: Record<Matter, string> = { general: '一般事项', important: '重要事项' };

// One entry of the signing chain: 审核 (review on the way up) or 签发 (the signature that issues).
export const SIGN_STEPS = ['review', 'sign'] as const;
export type SignStep = (typeof SIGN_STEPS)[number];
export const SIGN_STEP_LABELS: Record<SignStep, string> = { review: '审核', sign: '签发' };

// A 发文字号 row: given to a document, cancelled (作废号), or entered from the paper register (补录).
export const NUMBER_KINDS = ['taken', 'voided', 'historical'] as const;
export type NumberKind = (typeof NUMBER_KINDS)[number];
export const NUMBER_KIND_LABELS: Record<NumberKind, string> = { taken: '已用', voided: '作废', historical: '补录' };

/** Art. 16: 规范性文件 are kept under 5,000 characters (中长期规划 excepted, hence a warning, not a refusal). */
export const NORMATIVE_WORD_LIMIT = 5000;

// 会议纪要 (art. 7): the meeting whose minutes the document is. 常务会议 has its own 36-hour deadline.
export const MEETING_TYPES = ['plenary', 'standing', 'mayor', 'topical'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];
export const MEETING_TYPE_LABELS: Record<MeetingType, string> = {
  plenary: '县政府全体会议',
  standing: '县政府常务会议',
  mayor: '县长办公会议',
  topical: '专题会议',
};
