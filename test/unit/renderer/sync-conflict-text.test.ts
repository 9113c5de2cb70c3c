import { describe, expect, it } from 'vitest';
import type { SyncConflict } from '../../../shared/sync/api';
import { conflictSubject, conflictValueText } from '../../../renderer/sync/conflict-text';

const A = '01a2212c-2f77-7dc4-bc60-36bfda45755e';
const B = '01a2212c-2fe4-7483-9f8e-f0e9dc69d5cb';
const device = (id: string) => (id === A ? '收发室电脑' : `电脑 ${id.slice(-6)}`);
const field = (tableName: string, f: string, rowId = 'row-1'): Pick<SyncConflict, 'kind' | 'tableName' | 'rowId' | 'field'> => ({ kind: 'field', tableName, rowId, field: f });

describe('conflictSubject', () => {
  it('names the register and the field in the words of the paper book', () => {
    expect(conflictSubject(field('units', 'shortName'))).toBe('单位名录 · 简称');
    expect(conflictSubject({ ...field('units', 'shortName'), recordName: '县财政局' })).toBe('单位名录 · 县财政局 · 简称');
    expect(conflictSubject(field('incoming', 'urgency'))).toBe('收文登记 · 紧急程度');
  });

  it('names a setting by itself and a duplicate number as such', () => {
    expect(conflictSubject(field('settings', 'value', 'numberIssuers'))).toBe('设置 · 发号电脑');
    expect(conflictSubject({ kind: 'duplicate', tableName: 'incoming', rowId: 'r', field: '*' })).toBe('收文登记 · 重复编号');
  });

  it('keeps a table of a newer version recognisable rather than hiding it', () => {
    expect(conflictSubject(field('budgets', 'amount'))).toBe('其他数据（budgets） · amount');
  });
});

describe('conflictValueText', () => {
  const text = (c: Pick<SyncConflict, 'kind' | 'tableName' | 'rowId' | 'field'>, value: unknown, which: 'kept' | 'lost' = 'lost') =>
    conflictValueText(c, JSON.stringify(value), which, device);

  it('shows plain values as typed and empty ones as （空）', () => {
    expect(text(field('units', 'shortName'), '财政局')).toBe('财政局');
    expect(text(field('incoming', 'pages'), 12)).toBe('12');
    expect(text(field('incoming', 'remarks'), '')).toBe('（空）');
    expect(text(field('incoming', 'writtenDate'), null)).toBe('（空）');
    expect(text(field('units', 'disabled'), true)).toBe('是');
  });

  it('gives codes their names, by the table where one code means different things', () => {
    expect(text(field('incoming', 'urgency'), 'veryUrgent')).toBe('特急');
    expect(text(field('incoming', 'secrecyLevel'), 'topSecret')).toBe('绝密');
    expect(text(field('incoming', 'state'), 'done')).toBe('已办结');
    expect(text(field('outgoing', 'state'), 'signed')).toBe('已签发');
    expect(text(field('users', 'roles'), ['admin', 'clerk'])).toBe('管理员、文秘');
  });

  it('shows times on the office clock and PCs by name', () => {
    expect(text(field('units', 'updatedAt'), '2026-10-08T02:35:12.000Z')).toBe('2026-10-08 10:35:12');
    expect(text(field('incoming', 'receivedDate'), '2026-10-08')).toBe('2026-10-08');
    expect(text(field('outgoingCounters', 'issuingDeviceId'), A)).toBe('收发室电脑');
  });

  it('reads the settings and counters that hold objects', () => {
    expect(text(field('settings', 'value', 'numberIssuers'), { incoming: A, seals: B, classified: '', destruction: A })).toBe(
      '收文号：收发室电脑；用印序号：电脑 69d5cb；密件编号：任一电脑；销毁批次号：收发室电脑',
    );
    expect(text(field('settings', 'value', 'deviceNames'), { [A]: '收发室电脑', [B]: '机要室' })).toBe('收发室电脑：收发室电脑；电脑 69d5cb：机要室');
    expect(text(field('settings', 'value', 'idleMinutes'), 15)).toBe('15');
    expect(text(field('outgoingCounters', 'startSerials'), { '2026': 5 })).toBe('2026年从5号起');
    expect(text(field('outgoingCounters', 'startSerials'), {})).toBe('（空）');
  });

  it('names the other record of a duplicate number by what a clerk looks for, and says the standing one is kept', () => {
    const dup = { kind: 'duplicate' as const, tableName: 'incoming', rowId: 'r', field: '*' };
    const record = { id: 'x', year: 2026, serial: 12, receiptNo: '收〔2026〕12号', title: '关于做好防汛工作的通知', urgency: 'urgent', remarks: '' };
    expect(text(dup, record)).toBe('收文号：收〔2026〕12号；年份：2026；序号：12；标题：关于做好防汛工作的通知');
    expect(text(dup, null, 'kept')).toBe('本机已有的同号记录（保持不变）');
    expect(text({ ...dup, tableName: 'destructionBatches' }, { id: 'y', state: 'draft' })).toBe('（无可辨认的字段）');
  });

  it('shows a value it cannot parse as it is', () => {
    expect(conflictValueText(field('units', 'shortName'), '{broken', 'lost', device)).toBe('{broken');
  });
});
