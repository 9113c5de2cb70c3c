import type { ClassifiedCopy, CopyEvent } from '../../shared/classified/api';
import { COPY_PLACE_LABELS, COPY_PLACES, type CopyPlace } from '../../shared/classified/vocabulary';
import { showMeetingAt } from '../outgoing/meeting-time';

/** '在库 2、传阅中 1': only the places holding copies, in the order of the vocabulary. */
export function placesText(places: Record<CopyPlace, number>): string {
  return COPY_PLACES.filter((p) => places[p] > 0)
    .map((p) => `${COPY_PLACE_LABELS[p]} ${places[p]}`)
    .join('、');
}

const lastOf = (copy: ClassifiedCopy, kind: CopyEvent['kind']) => copy.events.findLast((e) => e.kind === kind);

/** What the place alone does not say: who holds the copy, since and until when; or where it went and when. */
export function whereLines(copy: ClassifiedCopy): string[] {
  if (copy.place === 'out') {
    return [
      `${copy.holderName}，夹号 ${copy.folderNo}`,
      ...(copy.since ? [`${showMeetingAt(copy.since)} 送出`] : []),
      ...(copy.dueAt ? [`应于 ${showMeetingAt(copy.dueAt)} 前退回`] : []),
    ];
  }
  if (copy.place === 'surrendered') {
    const e = lastOf(copy, 'surrender');
    return e ? [`${e.unitName}，接收人 ${e.personName}`, `${e.at.slice(0, 10)} 清退`] : [];
  }
  if (copy.place === 'destroyed') {
    const e = lastOf(copy, 'destroy');
    return e ? [`销毁批次 ${e.batchNo}`, `${showMeetingAt(e.at)} 销毁`] : [];
  }
  return [];
}

/** The line of a copy's history after its time and kind: to whom, in which folder, signed or not, the 批示. */
export function eventText(e: CopyEvent): string {
  switch (e.kind) {
    case 'send':
      return `${e.personName}，夹号 ${e.folderNo}`;
    case 'back':
      return `${e.personName}${e.signedOff ? '，已阅签' : '，未阅签'}${e.instruction ? `；批示：${e.instruction}` : ''}`;
    case 'surrender':
      return `${e.unitName}，接收人 ${e.personName}`;
    case 'destroy':
      return `销毁批次 ${e.batchNo}`;
  }
}

/** How long a copy has been out: 45分钟, 3小时5分钟, 2天3小时 (minutes no longer matter after a day). */
export function durationText(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return `${days}天${hours > 0 ? `${hours}小时` : ''}`;
  if (hours > 0) return `${hours}小时${rest > 0 ? `${rest}分钟` : ''}`;
  return `${rest}分钟`;
}
