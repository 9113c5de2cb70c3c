import type { ImportReport, RowProblem } from '../../shared/imports/api';
import { IMPORT_REGISTER_LABELS } from '../../shared/imports/registers';

/** 来文单位：“县水利局”不在单位名录中 — the field first, as on the rejected rows file. */
export const problemText = (p: RowProblem) => (p.field ? `${p.field}：${p.message}` : p.message);

/** What a check or an import found, in words. */
export function summaryOf(r: ImportReport): { text: string; color: string } {
  const counts = `共 ${r.records} 行：${r.mode ? '' : '可导入 '}${r.valid} 条无误，已有 ${r.present} 条（不会重复导入），有误 ${r.rejected} 行`;
  if (r.mode === null) return { text: `检查完毕，没有导入任何内容。${counts}。`, color: r.rejected ? 'yellow' : 'teal' };
  if (r.imported === 0 && r.rejected > 0 && r.mode === 'all') return { text: `没有导入：有 ${r.rejected} 行有误，“全部导入”要求每一行都无误。${counts}。`, color: 'red' };
  if (r.imported === 0) return { text: `没有新的记录需要导入。${counts}。`, color: r.rejected ? 'yellow' : 'teal' };
  return { text: `已导入 ${r.imported} 条到${IMPORT_REGISTER_LABELS[r.register]}。${counts}${r.rejected ? '，有误的行没有导入' : ''}。`, color: 'teal' };
}

