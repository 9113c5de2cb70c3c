import { DOC_TYPE_LABELS, isClassified, SECRECY_PERIODS, type DocType, type SecrecyLevel } from '../incoming/vocabulary';
import { cellText, fold, readMonths, type Cell } from './cells';
import type { ImportRegister } from './registers';

// A title names its 文种 last (GB/T 9704: 发文机关 + 事由 + 文种): 关于……的通知 is a 通知.
// Longest first, so 会议纪要 is not read as a bare 纪要 and 命令 wins over 令.
const ENDINGS: [string, DocType][] = [
  ['会议纪要', 'minutes'] as [string, DocType],
  ...Object.entries(DOC_TYPE_LABELS)
    .filter(([code]) => code !== 'other' && code !== 'order')
    .map(([code, label]): [string, DocType] => [label, code as DocType]),
  ['命令', 'order'] as [string, DocType],
].sort((a, b) => b[0].length - a[0].length);

export function docTypeOfTitle(title: string): DocType | null {
  const t = fold(title).replace(/[。．.、,，;；:：\s"”」』》)）]+$/u, '');
  return ENDINGS.find(([ending]) => t.endsWith(ending))?.[1] ?? null;
}

/**
 * Required fields deriveValues can fill in, and from which field (true: always): such a
 * field needs no column of its own.
 */
export const DERIVED: Record<ImportRegister, Readonly<Record<string, string | true>>> = {
  incoming: { docType: 'title' },
  outgoing: { docType: 'title', draftDate: 'writtenDate' },
  seals: { useKind: true },
  units: {},
};

/** 秘密★10年 carries its 保密期限 after the star. */
function periodInLevel(cell: Cell): number | null {
  const star = /★(.+)$/.exec(fold(cellText(cell)));
  if (!star) return null;
  const r = readMonths(star[1]);
  return r.ok ? r.value : null;
}

/**
 * What a blank cell means by each register's practice, filled in where the form would fill
 * it in: 文种 from the title; a classified document's 保密期限 from its 密级 mark or, failing
 * that, the statutory maximum (the form's default too); 拟稿日期 = 成文日期 for a document
 * back-filled from the paper book; 用印类别 from whether a 发文 is named; 批准时间 = 用印时间.
 */
export function deriveValues(register: ImportRegister, values: Record<string, unknown>, cells: Readonly<Record<string, Cell>>): void {
  if (register === 'incoming' || register === 'outgoing') {
    if (values.docType === undefined && typeof values.title === 'string') {
      const type = docTypeOfTitle(values.title);
      if (type) values.docType = type;
    }
    const level = values.secrecyLevel as SecrecyLevel | undefined;
    if (level && isClassified(level) && values.secrecyPeriodMonths === undefined) {
      values.secrecyPeriodMonths = periodInLevel(cells.secrecyLevel ?? null) ?? SECRECY_PERIODS[level].defaultMonths;
    }
  }
  if (register === 'outgoing' && values.draftDate === undefined && values.writtenDate !== undefined) {
    values.draftDate = values.writtenDate;
  }
  if (register === 'seals') {
    if (values.useKind === undefined) values.useKind = values.outgoingId !== undefined ? 'document' : 'other';
    if (values.approvedAt === undefined && values.approverId !== undefined && values.usedAt !== undefined) {
      values.approvedAt = values.usedAt;
    }
  }
}
