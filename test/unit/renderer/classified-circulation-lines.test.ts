import { describe, expect, it } from 'vitest';
import type { ClassifiedCopy, CopyEvent } from '../../../shared/classified/api';
import { blankLineCount, circulationLines } from '../../../renderer/classified/circulation-lines';
import { paperTime } from '../../../renderer/classified/paper-time';

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

const copy = (copyNo: number, events: CopyEvent[]): ClassifiedCopy => ({
  id: `c${copyNo}`,
  copyNo,
  place: 'inStock',
  holderId: null,
  holderName: '',
  folderNo: '',
  since: null,
  overdue: false,
  dueAt: null,
  events,
});

describe('circulationLines (密件传阅单)', () => {
  it('pairs every 送阅 with the 退回 after it, in the order the copies went out', () => {
    const lines = circulationLines([
      copy(1, [
        event('send', '2026-05-12T09:00', { personName: '读者A', folderNo: '1' }),
        event('back', '2026-05-12T11:00', { personName: '读者A', signedOff: true, instruction: '已阅' }),
        event('send', '2026-05-12T14:00', { personName: '读者B', folderNo: '1' }),
        event('back', '2026-05-12T16:00', { personName: '读者B' }),
        event('destroy', '2026-05-14T10:00', { batchNo: '2026-1' }),
      ]),
      copy(2, [event('send', '2026-05-12T10:00', { personName: '读者B', folderNo: '2' })]),
      copy(3, [event('surrender', '2026-05-13T23:59', { unitName: '市人民政府办公室', personName: '张收' })]),
    ]);
    expect(lines).toEqual([
      { copyNo: 1, folderNo: '1', reader: '读者A', sentAt: '2026-05-12T09:00', returnedAt: '2026-05-12T11:00', signedOff: true, instruction: '已阅' },
      { copyNo: 2, folderNo: '2', reader: '读者B', sentAt: '2026-05-12T10:00', returnedAt: null, signedOff: false, instruction: '' },
      { copyNo: 1, folderNo: '1', reader: '读者B', sentAt: '2026-05-12T14:00', returnedAt: '2026-05-12T16:00', signedOff: false, instruction: '' },
    ]);
  });

  it('leaves blank lines for the pen: enough to fill the sheet, never fewer than three', () => {
    expect(blankLineCount(0)).toBe(12);
    expect(blankLineCount(5)).toBe(7);
    expect(blankLineCount(9)).toBe(3);
    expect(blankLineCount(30)).toBe(3);
  });

  it('writes a recorded minute as on paper, and nothing for one not yet recorded', () => {
    expect(paperTime('2026-05-02T09:05')).toBe('2026年5月2日 09:05');
    expect(paperTime(null)).toBe('');
  });
});
