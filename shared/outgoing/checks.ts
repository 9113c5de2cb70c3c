/**
 * Rules of the outgoing register as pure functions, so the core (which enforces
 * them) and a form (which shows them beside the fields) say the same thing.
 */
import { SECRECY_LEVEL_LABELS, type SecrecyLevel } from '../incoming/vocabulary';
import { NORMATIVE_WORD_LIMIT, PUBLICITY_LABELS, type Publicity } from './vocabulary';

/** R18: 依申请公开/不予公开 need a reason; a classified document is never published. */
export function checkPublicity(level: SecrecyLevel, publicity: Publicity, reason: string): Partial<Record<'publicity' | 'publicityReason', string>> {
  if (level !== 'none' && publicity !== 'withheld') {
    return { publicity: `${SECRECY_LEVEL_LABELS[level]}文件的公开属性只能是“不予公开”` };
  }
  if (publicity !== 'active' && reason.trim() === '') {
    return { publicityReason: `公开属性为“${PUBLICITY_LABELS[publicity]}”的，须填写理由` };
  }
  return {};
}

// 机关代字 end in the character that names the kind of document: 发 (文件), 函, 纪 (纪要),
// 令, 字, 电 (电报), 复 (批复). Anything else is almost certainly a typo of the 代字.
export const CODE_ENDINGS = ['发', '函', '纪', '令', '字', '电', '复'] as const;
const CODE_SHAPE = /^[\u4e00-\u9fff]{2,10}$/u;

/** The Chinese reason a 机关代字 is not acceptable, or null. */
export function checkAgencyCode(code: string): string | null {
  if (!CODE_SHAPE.test(code) || !(CODE_ENDINGS as readonly string[]).includes(code.at(-1)!)) {
    return `机关代字应为2至10个汉字，并以${CODE_ENDINGS.join('、')}之一结尾，如“凤政办发”`;
  }
  return null;
}

/** The default 代字 of an office, from the first character of its name (凤凰县人民政府办公室 → 凤政发 …). */
export function defaultAgencyCodes(officeName: string): string[] {
  const first = officeName.trim().at(0);
  if (!first || !/^[\u4e00-\u9fff]$/u.test(first)) return [];
  return ['政发', '政办发', '政函', '政办函', '政纪'].map((s) => first + s);
}

/** Art. 16: a 规范性文件 longer than 5,000 characters gets a warning (中长期规划 may be longer). */
export function normativeLengthWarning(normative: boolean, wordCount: number | null): string | null {
  if (!normative || wordCount === null || wordCount <= NORMATIVE_WORD_LIMIT) return null;
  return `规范性文件一般不超过${NORMATIVE_WORD_LIMIT}字（工作规则第十六条），本文${wordCount}字；中长期规划等文件除外`;
}
