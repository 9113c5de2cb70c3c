/**
 * Splitting the 用印登记簿 into A4 sheets. Every sheet has the same number of row slots, so
 * each is exactly one page whatever it holds: a line takes as many slots as its longest cell
 * needs, and the slots left at the end of a sheet are printed as blank rows, as in a paper book.
 */

/** Latin letters and digits take about half the width of a 汉字 in the paper's fonts. */
const NARROW = 0.55;

/** Width of `text` in 汉字. */
export function textWidth(text: string): number {
  let width = 0;
  // Everything below the CJK blocks (U+2E80) is narrow: Latin, digits, punctuation like - and :.
  for (const ch of text) width += ch.codePointAt(0)! < 0x2e80 ? NARROW : 1;
  return width;
}

/** Lines `text` takes in a column `perLine` 汉字 wide; each '\n' starts a new line. */
export function linesOf(text: string, perLine: number): number {
  return text.split('\n').reduce((lines, part) => lines + Math.max(1, Math.ceil(textWidth(part) / perLine)), 0);
}

export interface PaperColumn<T> {
  /** How many 汉字 fit on one line of the column. */
  perLine: number;
  text: (item: T) => string;
}

/** Row slots an item needs: its tallest cell, in slots of `linesPerSlot` lines, at least one and at most a sheet. */
export function slotsOf<T>(item: T, columns: readonly PaperColumn<T>[], linesPerSlot: number, slotsPerSheet: number): number {
  const lines = Math.max(1, ...columns.map((c) => linesOf(c.text(item), c.perLine)));
  return Math.min(slotsPerSheet, Math.ceil(lines / linesPerSlot));
}

export interface Sheet<T> {
  lines: { item: T; slots: number }[];
  /** Slots left empty at the foot of the sheet. */
  blankSlots: number;
}

/** The items in order, a sheet at a time; a line that does not fit goes whole to the next sheet. Never fewer than one sheet. */
export function paginate<T>(items: readonly T[], slotsOfItem: (item: T) => number, slotsPerSheet: number): Sheet<T>[] {
  const sheets: Sheet<T>[] = [];
  let current: Sheet<T> = { lines: [], blankSlots: slotsPerSheet };
  for (const item of items) {
    const slots = Math.min(slotsPerSheet, Math.max(1, slotsOfItem(item)));
    if (slots > current.blankSlots) {
      sheets.push(current);
      current = { lines: [], blankSlots: slotsPerSheet };
    }
    current.lines.push({ item, slots });
    current.blankSlots -= slots;
  }
  sheets.push(current);
  return sheets;
}
