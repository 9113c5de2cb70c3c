import { describe, expect, it } from 'vitest';
import type { ClassifiedCopy, CopyEvent } from '../../../shared/classified/api';
import { durationText, eventText, placesText, whereLines } from '../../../renderer/classified/copy-text';

const event = (kind: CopyEvent['kind'], at: string, extra: Partial<CopyEvent> = {}): CopyEvent => ({
  id: `${kind}-${at}`,
  kind,
  at,
  folderNo: '',
  personId: null,
  personName: '',
  unitName: '',
  signedOff: false,
  instruction: '',
  batchNo: '',
  officer: '吴保密',
  ...extra,
});

const copy = (extra: Partial<ClassifiedCopy>): ClassifiedCopy => ({
  id: 'c1',
  copyNo: 1,
  place: 'inStock',
  holderId: null,
  holderName: '',
  folderNo: '',
  since: null,
  overdue: false,
  dueAt: null,
  events: [],
  ...extra,
});

describe('placesText (密件登记簿 去向)', () => {
  it('names only the places holding copies, in the vocabulary order', () => {
    expect(placesText({ inStock: 2, out: 1, surrendered: 0, destroyed: 0 })).toBe('在库 2、传阅中 1');
    expect(placesText({ inStock: 0, out: 0, surrendered: 1, destroyed: 2 })).toBe('已清退 1、已销毁 2');
  });
});

describe('whereLines (a copy beyond its place)', () => {
  it('says who holds a copy out, in which folder, since and until when', () => {
    const out = copy({ place: 'out', holderName: '读者B', folderNo: '2', since: '2026-05-12T09:00', dueAt: '2026-05-12T17:30' });
    expect(whereLines(out)).toEqual(['读者B，夹号 2', '2026-05-12 09:00 送出', '应于 2026-05-12 17:30 前退回']);
  });

  it('says where a copy went from its last 清退 or 销毁, and nothing for a copy in stock', () => {
    const surrendered = copy({ place: 'surrendered', events: [event('surrender', '2026-05-13T23:59', { unitName: '市人民政府办公室', personName: '张收' })] });
    expect(whereLines(surrendered)).toEqual(['市人民政府办公室，接收人 张收', '2026-05-13 清退']);
    const destroyed = copy({ place: 'destroyed', events: [event('destroy', '2026-05-14T10:05', { batchNo: '2026-1' })] });
    expect(whereLines(destroyed)).toEqual(['销毁批次 2026-1', '2026-05-14 10:05 销毁']);
    expect(whereLines(copy({}))).toEqual([]);
  });
});

describe('eventText (传阅记录)', () => {
  it('writes each kind of movement as the paper log does', () => {
    expect(eventText(event('send', '2026-05-12T09:00', { personName: '读者A', folderNo: '1' }))).toBe('读者A，夹号 1');
    expect(eventText(event('back', '2026-05-12T11:00', { personName: '读者A', signedOff: true, instruction: '已阅，按要求办理。' }))).toBe(
      '读者A，已阅签；批示：已阅，按要求办理。',
    );
    expect(eventText(event('back', '2026-05-12T11:00', { personName: '读者A' }))).toBe('读者A，未阅签');
    expect(eventText(event('surrender', '2026-05-13T23:59', { unitName: '市人民政府办公室', personName: '张收' }))).toBe('市人民政府办公室，接收人 张收');
    expect(eventText(event('destroy', '2026-05-14T10:05', { batchNo: '2026-1' }))).toBe('销毁批次 2026-1');
  });
});

describe('durationText (传阅看板 已外出)', () => {
  it('counts minutes, then hours and minutes, then days and hours', () => {
    expect(durationText(0)).toBe('0分钟');
    expect(durationText(45)).toBe('45分钟');
    expect(durationText(60)).toBe('1小时');
    expect(durationText(185)).toBe('3小时5分钟');
    expect(durationText(1440)).toBe('1天');
    expect(durationText(1440 * 2 + 3 * 60 + 7)).toBe('2天3小时');
  });
});
