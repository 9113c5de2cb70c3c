/**
 * State machine of an outgoing document (发文), in the order of art. 17 and 20:
 *
 *   draft (拟稿, 核稿, 会签, 审核) → signed (签发; 成文日期) → numbered (发文字号)
 *     → printed (印制) → distributed (分发) → archived (归档)
 *
 * A voided number sends a numbered document back to signed, so it can take a new one.
 */
export const OUTGOING_STATES = ['draft', 'signed', 'numbered', 'printed', 'distributed', 'archived'] as const;
export type OutgoingState = (typeof OUTGOING_STATES)[number];

export const OUTGOING_STATE_LABELS: Record<OutgoingState, string> = {
  draft: '拟稿',
  signed: '已签发',
  numbered: '已编号',
  printed: '已印制',
  distributed: '已分发',
  archived: '已归档',
};

/** What each step needs the document to be in, and what the refusal says otherwise. */
export const STEPS = {
  review: { from: ['draft'], name: '核稿', hint: '核稿须在签发前登记' },
  countersign: { from: ['draft'], name: '会签', hint: '会签须在签发前登记' },
  sign: { from: ['draft', 'signed'], name: '签批', hint: '已编号的公文不能再增加审核或签发' },
  legalReview: { from: ['draft', 'signed'], name: '合法性审查', hint: '合法性审查须在编号前登记' },
  takeNumber: { from: ['signed'], name: '编号', hint: '须先登记签发人和签发日期，签发后才能编号' },
  print: { from: ['numbered'], name: '印制', hint: '须先编号，编号后才能印制' },
  distribute: { from: ['printed', 'distributed'], name: '分发', hint: '须先印制，印制后才能分发' },
  archive: { from: ['distributed'], name: '归档', hint: '须先分发，分发后才能归档' },
  filing: { from: ['printed', 'distributed', 'archived'], name: '备案', hint: '规范性文件印发后才能登记备案' },
} as const satisfies Record<string, { from: readonly OutgoingState[]; name: string; hint: string }>;
export type Step = keyof typeof STEPS;

/** True, or the Chinese refusal naming the current state and what must come first. */
export function canDo(step: Step, state: OutgoingState): true | string {
  const s = STEPS[step];
  if ((s.from as readonly OutgoingState[]).includes(state)) return true;
  return `这份发文当前为“${OUTGOING_STATE_LABELS[state]}”，不能${s.name}：${s.hint}`;
}
