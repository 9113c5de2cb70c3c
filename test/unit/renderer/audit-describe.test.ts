import { describe, expect, it } from 'vitest';
import { describeChange } from '../../../renderer/audit/describe-change';

describe('describeChange (audit trail column)', () => {
  it('names the changed fields of an update and the values of a new record', () => {
    expect(describeChange({ fullName: '县财政局' }, { fullName: '县财政局（本级）' })).toBe('单位全称：县财政局 → 县财政局（本级）');
    expect(describeChange(undefined, { id: 'x', fullName: '县财政局', disabled: false })).toBe('单位全称：县财政局；停用：否');
  });

  it('says nothing for a batch, whose entry names its rows and seals their change-log entries', () => {
    expect(describeChange(null, { ids: ['a', 'b'], changeLog: { from: '1', to: '2', sha256: 'f'.repeat(64) } })).toBe('');
  });
});
