import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/imports/api';
import { registerOf } from '../../../renderer/imports/registers';
import { problemText, summaryOf } from '../../../renderer/imports/report-text';

const report = (r: Partial<ImportReport>): ImportReport => ({
  register: 'incoming',
  fileName: '台账.xlsx',
  sheet: 'Sheet1',
  mode: 'validOnly',
  records: 10,
  valid: 7,
  present: 1,
  rejected: 2,
  imported: 7,
  problems: [],
  rejectsReady: true,
  ...r,
});

describe('what the import screen says', () => {
  it('sums up a check, an import, a refused 全部导入 and a file imported before', () => {
    expect(summaryOf(report({ mode: null, imported: 0 }))).toEqual({
      text: '检查完毕，没有导入任何内容。共 10 行：可导入 7 条无误，已有 1 条（不会重复导入），有误 2 行。',
      color: 'yellow',
    });
    expect(summaryOf(report({}))).toEqual({ text: '已导入 7 条到收文登记。共 10 行：7 条无误，已有 1 条（不会重复导入），有误 2 行，有误的行没有导入。', color: 'teal' });
    expect(summaryOf(report({ mode: 'all', imported: 0 })).color).toBe('red');
    expect(summaryOf(report({ mode: 'all', imported: 0 })).text).toMatch(/^没有导入：有 2 行有误，“全部导入”要求每一行都无误。/);
    expect(summaryOf(report({ register: 'seals', valid: 0, present: 10, rejected: 0, imported: 0 }))).toEqual({
      text: '没有新的记录需要导入。共 10 行：0 条无误，已有 10 条（不会重复导入），有误 0 行。',
      color: 'teal',
    });
  });

  it('names the field of a problem first, and a whole-row problem alone', () => {
    expect(problemText({ row: 3, field: '来文单位', message: '不在单位名录中' })).toBe('来文单位：不在单位名录中');
    expect(problemText({ row: 3, field: '', message: '与第 2 行是同一条记录，不能重复导入' })).toBe('与第 2 行是同一条记录，不能重复导入');
  });

  it('opens on the register named in the address when the user may import it, else on the first one allowed', () => {
    expect(registerOf('#/import?register=seals', ['incoming', 'seals'])).toBe('seals');
    expect(registerOf('#/import?register=units', ['incoming', 'seals'])).toBe('incoming');
    expect(registerOf('#/import', ['seals'])).toBe('seals');
    expect(registerOf('#/import', [])).toBeNull();
  });
});
