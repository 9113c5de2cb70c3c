import type { ClassifiedDoc } from '../../../shared/classified/api';
import { addDays, nowInShanghai, todayInShanghai } from '../../../shared/dates';
import type { DestructionBatch } from '../../../shared/destruction/api';
import type { SessionRef } from '../index';

type Call = <T = { id: string }>(session: SessionRef, method: string, input: unknown) => T;

/**
 * The confidential officer's registers in the demo office, through the public API: the
 * classified incoming records as 密件 with the leaders as 知悉范围, copies read and back with
 * 批示, one out now and one overdue since yesterday, a copy returned to its issuer, a finished
 * stock check with one discrepancy still open, a completed destruction batch and a clerk's
 * draft batch of old papers.
 */
export function seedClassified(call: Call, officer: SessionRef, clerk: SessionRef, now: Date, people: Map<string, string>): void {
  const today = todayInShanghai(now);
  const minutesAgo = (m: number) => nowInShanghai(new Date(now.getTime() - m * 60_000));
  const leaders = ['县长', '常务副县长', '副县长'].map((t) => people.get(t)!);
  const classified = call<{ rows: { id: string; receivedDate: string }[] }>(clerk, 'incoming.list', { secrecyLevel: 'secret', limit: 6 }).rows;
  const docs = classified.map((r, i) =>
    call<ClassifiedDoc>(officer, 'classified.register', {
      incomingId: r.id,
      scope: leaders.slice(0, 2 + (i % 2)),
      returnBy: i === 0 ? addDays(today, 5) : null,
    }),
  );
  if (docs.length < 3) throw new Error('demo data: too few classified incoming records');

  // Read and back, with a 批示; the folder always returns to the officer between readers.
  const [first, second, third] = docs;
  const copy = (d: ClassifiedDoc, i: number) => d.copies[i % d.copies.length].id;
  call(officer, 'classified.send', { copyId: copy(first, 0), readerId: leaders[0], folderNo: '1', sentAt: `${first.receivedDate}T09:00` });
  call(officer, 'classified.receive', { copyId: copy(first, 0), returnedAt: `${first.receivedDate}T11:30`, signedOff: true, instruction: '请按文件要求抓紧部署落实。' });
  call(officer, 'classified.send', { copyId: copy(first, 0), readerId: leaders[1], folderNo: '1', sentAt: `${first.receivedDate}T14:00` });
  call(officer, 'classified.receive', { copyId: copy(first, 0), returnedAt: `${first.receivedDate}T16:40`, signedOff: true, instruction: '' });
  // 清退 of the document owed to its issuer: the copy read is returned.
  call(officer, 'classified.surrender', { copyId: copy(first, 0), date: today, unitId: unitOfIssuer(call, clerk, first), receiver: '机要科 刘科长' });

  // Out with a leader since yesterday morning (overdue), and another since an hour ago.
  call(officer, 'classified.send', { copyId: copy(second, 0), readerId: leaders[0], folderNo: '2', sentAt: `${addDays(today, -1)}T09:10` });
  call(officer, 'classified.send', { copyId: copy(third, 0), readerId: leaders[1], folderNo: '3', sentAt: minutesAgo(60) });

  // A stock check: every copy seen but one, which stays a discrepancy on the dashboard.
  const check = call<{ id: string; items: { id: string }[] }>(officer, 'classified.startCheck', {});
  for (const item of check.items.slice(1)) call(officer, 'classified.confirmCopy', { itemId: item.id });
  call(officer, 'classified.finishCheck', { id: check.id });

  // A destruction batch carried out last week, and the clerk's draft of old meeting papers.
  const kept = docs.find((d) => d.returnBy === null && d.copies.length > 1 && d.id !== second.id && d.id !== third.id) ?? third;
  const batch = call<DestructionBatch>(officer, 'destruction.draft', { applicant: '田晓军' });
  call(officer, 'destruction.addItem', { batchId: batch.id, kind: 'copy', copyId: kept.copies.at(-1)!.id, reason: '已传阅完毕，无保存价值' });
  call(officer, 'destruction.addItem', { batchId: batch.id, kind: 'free', title: '2023年度涉密会议记录本', copies: 2, reason: '超过保管期限' });
  call(officer, 'destruction.approve', { batchId: batch.id, approverId: people.get('办公室主任')!, approvedAt: minutesAgo(30) });
  call(officer, 'destruction.execute', {
    batchId: batch.id,
    destroyedAt: minutesAgo(10),
    method: 'institution',
    facility: '县保密局涉密载体销毁中心',
    place: '县保密局',
    escort: '刘洋',
    supervisors: ['田晓军', '陈晓燕'],
  });
  const draft = call<DestructionBatch>(clerk, 'destruction.draft', { applicant: '周丽' });
  call(clerk, 'destruction.addItem', { batchId: draft.id, kind: 'free', title: '2021年各类会议材料', copies: 120, reason: '超过保管期限，经鉴定无保存价值' });
}

/** The issuer of a 密件 registered from an incoming record: the record's 来文单位. */
function unitOfIssuer(call: Call, clerk: SessionRef, doc: ClassifiedDoc): string {
  return call<{ fromUnitId: string }>(clerk, 'incoming.get', { id: doc.incomingId }).fromUnitId;
}
