import type { ClassifiedCopy } from '../../shared/classified/api';

/** One line of the 密件传阅单: a 送阅 and, once the copy is back, its 退回. */
export interface CirculationLine {
  copyNo: number;
  folderNo: string;
  reader: string;
  sentAt: string;
  returnedAt: string | null;
  signedOff: boolean;
  instruction: string;
}

/** Every 送阅 of every copy paired with the 退回 that followed it, in the order they went out. */
export function circulationLines(copies: readonly ClassifiedCopy[]): CirculationLine[] {
  const lines: CirculationLine[] = [];
  for (const copy of copies) {
    // No 横传 (R25): a copy's 退回 always closes its latest 送阅.
    let open: CirculationLine | null = null;
    for (const e of copy.events) {
      if (e.kind === 'send') {
        open = { copyNo: copy.copyNo, folderNo: e.folderNo, reader: e.personName, sentAt: e.at, returnedAt: null, signedOff: false, instruction: '' };
        lines.push(open);
      } else if (e.kind === 'back' && open) {
        open.returnedAt = e.at;
        open.signedOff = e.signedOff;
        open.instruction = e.instruction;
        open = null;
      }
    }
  }
  return lines.sort((a, b) => a.sentAt.localeCompare(b.sentAt) || a.copyNo - b.copyNo);
}

/** The sheet has at least this many lines, so it still serves for the hand entries after printing. */
const MIN_LINES = 12;
/** Blank lines always left under the recorded ones. */
const MIN_BLANK = 3;

export const blankLineCount = (recorded: number) => Math.max(MIN_BLANK, MIN_LINES - recorded);
