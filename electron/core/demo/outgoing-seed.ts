import { addDays, nowInShanghai, todayInShanghai } from '../../../shared/dates';
import type { NumberCounter } from '../../../shared/outgoing/api';
import type { MeetingType } from '../../../shared/outgoing/vocabulary';
import type { SessionRef } from '../index';
import { generateOutgoing, type OutgoingDraft, type OutgoingSample } from './outgoing-generator';

type Call = <T = { id: string }>(session: SessionRef, method: string, input: unknown) => T;

/** Outgoing documents of the last two years, on their way through every state. */
const DEMO_OUTGOING = 90;
const DEMO_RECENT = 26;

const HOUR_MS = 3_600_000;
const shanghaiMinute = (ms: number) => nowInShanghai(new Date(ms));

/**
 * The 发文 register of the demo office, through the public API as the clerk:
 * drafts, 核稿, 会签, 签发 by the 职务 art. 17 allows, numbers, 印制 (份号 for
 * classified documents), 分发 and 归档; three 补录 numbers from the paper
 * register of an earlier year (one serial missing between them); a void unused
 * number and a void taken number (the document numbered again); and 会议纪要 of
 * every meeting type, among them a 常务会议 whose 36-hour deadline is due soon
 * and one overdue at `now`.
 */
export function seedOutgoing(call: Call, clerk: SessionRef, now: Date, unitIds: Map<string, string>, people: Map<string, string>): void {
  const today = todayInShanghai(now);
  const year = Number(today.slice(0, 4));
  const counters = call<NumberCounter[]>(clerk, 'outgoing.codes', {});
  const codes = counters.flatMap((c) => c.codes.map((k) => ({ id: k.id, code: k.code })));
  const codeId = (ending: string) => codes.find((k) => k.code.endsWith(ending) && k.code.length === ending.length + 1)!.id;
  const person = (title: string) => people.get(title)!;
  // 拟稿单位 of the minutes and back-filled documents: the department that prepared the matter.
  const office = unitIds.get('凤凰县发展和改革局')!;
  const deptIds = [...unitIds.values()].slice(0, 20);

  // 补录: the paper register of three years ago, 凤政发〔Y〕3号 never entered (the gap report says 缺号).
  const old = year - 3;
  const historical = (serial: number, title: string, writtenDate: string) =>
    call(clerk, 'outgoing.recordHistoricalNumber', {
      ...baseDraft(office, `${old}-01-05`),
      docType: 'notice',
      title,
      issuer: 'county',
      draftDate: writtenDate,
      docNumber: `凤政发〔${old}〕${serial}号`,
      writtenDate,
    });
  historical(1, `关于印发《凤凰县${old}年政府工作报告重点工作责任分解》的通知`, `${old}-02-20`);
  historical(2, `关于做好${old}年春季森林防火工作的通知`, `${old}-03-02`);
  historical(4, `关于印发《凤凰县${old}年防汛抗旱应急预案》的通知`, `${old}-04-11`);

  // Two years of issued documents, then the last two weeks' work at every stage.
  const options = { to: addDays(today, -1), classifiedShare: 0.08 };
  const samples = [
    ...generateOutgoing(codes, deptIds, DEMO_OUTGOING - DEMO_RECENT, { ...options, from: addDays(today, -730), to: addDays(today, -45) }),
    ...generateOutgoing(codes, deptIds, DEMO_RECENT, { ...options, from: addDays(today, -14), seed: 7 }),
  ];
  const voidAt = Math.floor(samples.length * 0.9);
  let lastNumbered: { id: string; numberId: string | null } | null = null;
  samples.forEach((s, i) => {
    if (i === voidAt) {
      // 作废号: a number set aside for a document that was then withdrawn.
      call(clerk, 'outgoing.voidNumber', {
        target: { codeId: codeId('政办发'), year },
        reason: '预留给《关于调整县政府领导工作分工的通知》，文稿撤回不再印发',
        approverId: person('办公室主任'),
      });
    }
    const doc = walk(call, clerk, s, i, person, deptIds);
    if (s.state === 'numbered') lastNumbered = doc;
  });
  if (lastNumbered) {
    // A number given by mistake (wrong 代字 chosen): voided with the director's approval, the document numbered again.
    const { id, numberId } = lastNumbered as { id: string; numberId: string };
    call(clerk, 'outgoing.voidNumber', { target: { numberId }, reason: '误用代字编号，改用正确代字重新编号', approverId: person('办公室主任') });
    call(clerk, 'outgoing.takeNumber', { id });
  }

  // 会议纪要 with art. 7 deadlines around `now`.
  const minutes = (type: MeetingType, title: string, meetingMs: number, draftDate: string) =>
    call<{ id: string }>(clerk, 'outgoing.draft', {
      ...baseDraft(office, draftDate),
      codeId: codeId('政纪'),
      docType: 'minutes',
      title,
      issuer: 'county',
      mainTo: '县人民政府领导，县直有关单位',
      ccTo: '',
      meetingType: type,
      meetingAt: shanghaiMinute(meetingMs),
    });
  const t = now.getTime();
  // 常务会议 20 hours ago: its final draft is due in 16 hours (due soon).
  minutes('standing', `${year}年第24次县人民政府常务会议纪要`, t - 20 * HOUR_MS, today);
  // 常务会议 four days ago, final draft not sent for review: overdue.
  const overdue = minutes('standing', `${year}年第23次县人民政府常务会议纪要`, t - 4 * 24 * HOUR_MS, addDays(today, -3));
  call(clerk, 'outgoing.countersign', { id: overdue.id, unitId: deptIds[1], who: '县财政局 刘军', date: addDays(today, -2) });
  minutes('mayor', `县长办公会议纪要（${year}年第11期）`, t - 3 * 24 * HOUR_MS, addDays(today, -1));
  minutes('topical', '关于凤凰古城消防安全隐患整治工作的专题会议纪要', t - 12 * 24 * HOUR_MS, addDays(today, -11));
  const plenary = minutes('plenary', `${year}年县人民政府第三次全体会议纪要`, t - 40 * 24 * HOUR_MS, addDays(today, -39));
  const d = (n: number) => addDays(today, n);
  call(clerk, 'outgoing.review', { id: plenary.id, reviewer: '陈晓燕', date: d(-39) });
  call(clerk, 'outgoing.sign', { id: plenary.id, personId: person('县长'), step: 'sign', date: d(-38) });
  call(clerk, 'outgoing.takeNumber', { id: plenary.id });
  call(clerk, 'outgoing.print', { id: plenary.id, copies: 60, printedDate: d(-36) });
  call(clerk, 'outgoing.distribute', { id: plenary.id, recipients: ['县人民政府领导', '县直各单位', '各乡镇人民政府'], date: d(-36) });
  call(clerk, 'outgoing.archive', { id: plenary.id, date: d(-5) });
}

function baseDraft(unitId: string, draftDate: string): Omit<OutgoingDraft, 'codeId' | 'docType' | 'title' | 'issuer'> {
  return {
    draftUnitId: unitId,
    drafter: '周丽',
    draftDate,
    mainTo: '各乡镇人民政府，县直各单位',
    ccTo: '',
    secrecyLevel: 'none',
    urgency: 'normal',
    publicity: 'active',
    matter: 'general',
  };
}

/** Takes one generated document as far as its sample says, step by step through the API. */
function walk(call: Call, clerk: SessionRef, s: OutgoingSample, i: number, person: (title: string) => string, deptIds: string[]) {
  const doc = call<{ id: string }>(clerk, 'outgoing.draft', s.draft);
  if (s.state === 'draft') {
    // Some drafts are already checked (核稿) and wait for the leader.
    if (i % 2 === 0) call(clerk, 'outgoing.review', { id: doc.id, reviewer: s.reviewer, date: s.reviewDate });
    return { id: doc.id, numberId: null };
  }
  call(clerk, 'outgoing.review', { id: doc.id, reviewer: s.reviewer, date: s.reviewDate });
  if (i % 6 === 0) call(clerk, 'outgoing.countersign', { id: doc.id, unitId: deptIds[i % deptIds.length], who: '李文', date: s.reviewDate });
  call(clerk, 'outgoing.sign', { id: doc.id, personId: person('办公室副主任'), step: 'review', date: s.reviewDate });
  call(clerk, 'outgoing.sign', { id: doc.id, personId: person(s.signerTitle), step: 'sign', date: s.writtenDate });
  if (s.legalReviewDate) {
    call(clerk, 'outgoing.legalReview', { id: doc.id, reviewer: '县司法局 彭晓', date: s.legalReviewDate, conclusion: '经审查，未发现与法律法规相抵触的内容，同意按程序印发' });
  }
  if (s.state === 'signed') return { id: doc.id, numberId: null };
  const numbered = call<{ id: string; numberId: string | null }>(clerk, 'outgoing.takeNumber', { id: doc.id });
  if (s.state === 'numbered') return numbered;
  call(clerk, 'outgoing.print', { id: doc.id, copies: s.copies, copyFrom: s.copyFrom, copyTo: s.copyTo, printedDate: s.printedDate });
  if (s.state === 'printed') return numbered;
  call(clerk, 'outgoing.distribute', { id: doc.id, recipients: s.recipients, date: s.distributedDate });
  if (s.state === 'archived') call(clerk, 'outgoing.archive', { id: doc.id, date: s.archivedDate });
  return numbered;
}
