import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../../shared/api';
import type { OutgoingRecord } from '../../../shared/outgoing/api';
import type { TestCore } from '../../helpers/core';
import { draft, outgoingOffice, signed, take, type Office } from './outgoing-support';
import { changeRows, useCores } from './support';

/** outgoing.updateDraft input for a stored document, with changes. */
function edit(r: OutgoingRecord, over: Partial<InputOf<'outgoing.updateDraft'>> = {}): InputOf<'outgoing.updateDraft'> {
  return {
    id: r.id,
    codeId: r.codeId,
    docType: r.docType,
    title: r.title,
    draftUnitId: r.draftUnitId ?? '',
    drafter: r.drafter,
    draftDate: r.draftDate,
    mainTo: r.mainTo,
    ccTo: r.ccTo,
    secrecyLevel: r.secrecyLevel,
    secrecyPeriodMonths: r.secrecyPeriodMonths,
    urgency: r.urgency,
    publicity: r.publicity,
    publicityReason: r.publicityReason,
    normative: r.normative,
    wordCount: r.wordCount,
    issuer: r.issuer,
    matter: r.matter,
    meetingType: r.meetingType,
    meetingAt: r.meetingAt,
    ...over,
  };
}

const message = (r: { ok: true } | { ok: false; error: { message: string } }) => (r.ok ? '' : r.error.message);
const fieldsOf = (r: { ok: true } | { ok: false; error: { fields?: Record<string, string> } }) => (r.ok ? {} : (r.error.fields ?? {}));

describe('outgoing.updateDraft: correcting a draft before 签发', () => {
  const open = useCores();

  it('corrects the fields of an unsigned draft (also after 核稿 and 审核) and logs only what changed', () => {
    const t = open();
    const o = outgoingOffice(t);
    const doc = draft(t, o);
    t.ok(o.clerk, 'outgoing.review', { id: doc.id, reviewer: '钱副主任', date: '2026-11-03' });
    t.ok(o.clerk, 'outgoing.sign', { id: doc.id, personId: o.people.deputyDirector, step: 'review', date: '2026-11-04' });
    const before = changeRows(t).length;
    const fixed = t.ok(o.clerk, 'outgoing.updateDraft', edit(doc, { title: '关于做好冬季森林防火工作的通知', ccTo: '县应急管理局' }));
    expect(fixed).toMatchObject({ state: 'draft', title: '关于做好冬季森林防火工作的通知', ccTo: '县应急管理局', reviewer: '钱副主任' });
    expect(t.ok(o.clerk, 'outgoing.get', { id: doc.id })).toEqual(fixed);
    const changes = changeRows(t).slice(before);
    expect(changes).toHaveLength(1);
    expect(Object.keys(JSON.parse(changes[0].fields)).filter((k) => k !== 'updatedAt').sort()).toEqual(['ccTo', 'title']);
    // The corrected title is what the list finds.
    expect(t.ok(o.clerk, 'outgoing.list', { q: '森林防火' }).rows.map((r) => r.id)).toEqual([doc.id]);
  });

  it('moves a draft to a 代字 on another counter before numbering; it is numbered there', () => {
    const t = open();
    const o = outgoingOffice(t);
    const doc = draft(t, o);
    const moved = t.ok(o.clerk, 'outgoing.updateDraft', edit(doc, { codeId: o.code('凤政发').id, issuer: 'county' }));
    expect(moved.code).toBe('凤政发');
    t.ok(o.clerk, 'outgoing.review', { id: doc.id, reviewer: '钱副主任', date: '2026-11-03' });
    t.ok(o.clerk, 'outgoing.sign', { id: doc.id, personId: o.people.director, step: 'sign', date: '2026-11-05' });
    expect(take(t, o.clerk, doc.id).docNumber).toBe('凤政发〔2026〕1号');
  });

  it('is refused once the draft is signed, and once it is numbered', () => {
    const t = open();
    const o = outgoingOffice(t);
    const doc = signed(t, o, '2026-11-05');
    const r = t.call(o.clerk, 'outgoing.updateDraft', edit(doc, { title: '改过的标题' }));
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(message(r)).toBe('这份发文已签发（2026-11-05），拟稿内容不能再修改：签发稿是领导审定的文本。确需改动的，请重新拟稿并送签。');
    const numbered = take(t, o.clerk, doc.id);
    expect(message(t.call(o.clerk, 'outgoing.updateDraft', edit(numbered, { title: '改过的标题' })))).toBe(
      '这份发文已编号（凤政办发〔2026〕1号），拟稿内容不能再修改。',
    );
    expect(t.ok(o.clerk, 'outgoing.get', { id: doc.id }).title).toBe('关于做好冬季防火工作的通知');
  });

  it('applies the draft rules: R18 公开属性 reason, classified → 不予公开 with 保密期限, 字数 of 规范性文件 only, the directory unit', () => {
    const t = open();
    const o = outgoingOffice(t);
    const doc = draft(t, o);
    expect(fieldsOf(t.call(o.clerk, 'outgoing.updateDraft', edit(doc, { publicity: 'onRequest' })))).toEqual({
      publicityReason: '公开属性为“依申请公开”的，须填写理由',
    });
    expect(fieldsOf(t.call(o.clerk, 'outgoing.updateDraft', edit(doc, { secrecyLevel: 'secret', secrecyPeriodMonths: 12 })))).toEqual({
      publicity: '秘密文件的公开属性只能是“不予公开”',
    });
    const noPeriod = t.call(o.clerk, 'outgoing.updateDraft', edit(doc, { secrecyLevel: 'secret', publicity: 'withheld', publicityReason: '涉密' }));
    expect(fieldsOf(noPeriod).secrecyPeriodMonths).toMatch(/须填写保密期限/);
    expect(fieldsOf(t.call(o.clerk, 'outgoing.updateDraft', edit(doc, { wordCount: 3000 })))).toEqual({ wordCount: '只有规范性文件登记字数' });
    expect(fieldsOf(t.call(o.clerk, 'outgoing.updateDraft', edit(doc, { draftUnitId: 'no-such-unit' })))).toEqual({
      draftUnitId: '拟稿单位须从单位名录中选择（不能是已停用的单位）',
    });
    t.ok(o.admin, 'outgoing.setCodeDisabled', { id: o.code('凤政函').id, disabled: true });
    expect(fieldsOf(t.call(o.clerk, 'outgoing.updateDraft', edit(doc, { codeId: o.code('凤政函').id })))).toEqual({
      codeId: '机关代字“凤政函”已停用，请选择其他代字',
    });
    // Nothing of the refused updates was stored; a valid classified correction is.
    expect(t.ok(o.clerk, 'outgoing.get', { id: doc.id })).toMatchObject({ secrecyLevel: 'none', publicity: 'active', codeId: doc.codeId });
    const secret = t.ok(o.clerk, 'outgoing.updateDraft', edit(doc, { secrecyLevel: 'secret', secrecyPeriodMonths: 12, publicity: 'withheld', publicityReason: '涉密' }));
    expect(secret).toMatchObject({ secrecyLevel: 'secret', secrecyPeriodMonths: 12, publicity: 'withheld' });
  });

  it('keeps its own 代字 and unit after they were disabled, with the unit name it was drafted under', () => {
    const t = open();
    const o = outgoingOffice(t);
    const doc = draft(t, o);
    t.ok(o.admin, 'outgoing.setCodeDisabled', { id: doc.codeId, disabled: true });
    t.ok(o.admin, 'units.update', { id: o.unit, fullName: '凤凰县财政局（国资局）', category: 'countyDept', disabled: true });
    const fixed = t.ok(o.clerk, 'outgoing.updateDraft', edit(doc, { title: '关于做好冬季防火工作的补充通知' }));
    expect(fixed).toMatchObject({ codeId: doc.codeId, draftUnitName: '凤凰县财政局' });
  });

  it('applies the minutes rules (art. 7) to an update too', () => {
    const t = open();
    const o = outgoingOffice(t);
    const doc = draft(t, o);
    expect(fieldsOf(t.call(o.clerk, 'outgoing.updateDraft', edit(doc, { docType: 'minutes' })))).toEqual({ meetingType: '文种为纪要的，须填写会议类型' });
    expect(fieldsOf(t.call(o.clerk, 'outgoing.updateDraft', edit(doc, { docType: 'minutes', meetingType: 'standing' })))).toEqual({
      meetingAt: '文种为纪要的，须填写会议时间',
    });
    expect(fieldsOf(t.call(o.clerk, 'outgoing.updateDraft', edit(doc, { meetingType: 'standing' })))).toEqual({ meetingType: '只有文种为纪要的公文才填写会议类型' });
    expect(fieldsOf(t.call(o.clerk, 'outgoing.updateDraft', edit(doc, { docType: 'minutes', meetingType: 'standing', meetingAt: '2026-11-05T09:30' })))).toEqual({
      draftDate: '纪要的拟稿日期不能早于会议日期（2026-11-05）',
    });
    const minutes = t.ok(o.clerk, 'outgoing.updateDraft', edit(doc, { docType: 'minutes', meetingType: 'standing', meetingAt: '2026-11-01T09:30' }));
    expect(minutes).toMatchObject({ docType: 'minutes', meetingType: 'standing', meetingAt: '2026-11-01T09:30' });
    expect(minutes.minutesDeadlines.length).toBeGreaterThan(0);
    // Back to a 通知: the meeting fields go with it.
    const notice = t.ok(o.clerk, 'outgoing.updateDraft', edit(minutes, { docType: 'notice', meetingType: null, meetingAt: null }));
    expect(notice).toMatchObject({ meetingType: null, meetingAt: null, minutesDeadlines: [] });
  });

  it('a corrected 拟稿日期 cannot come after a date already recorded on the draft', () => {
    const t = open();
    const o = outgoingOffice(t);
    const doc = draft(t, o);
    t.ok(o.clerk, 'outgoing.review', { id: doc.id, reviewer: '钱副主任', date: '2026-11-03' });
    expect(fieldsOf(t.call(o.clerk, 'outgoing.updateDraft', edit(doc, { draftDate: '2026-11-04' })))).toEqual({
      draftDate: '拟稿日期不能晚于已登记的核稿日期（2026-11-03）',
    });
    expect(t.ok(o.clerk, 'outgoing.updateDraft', edit(doc, { draftDate: '2026-11-03' })).draftDate).toBe('2026-11-03');
  });

  it('is the clerk’s only', () => {
    const t = open();
    const o = outgoingOffice(t);
    const doc = draft(t, o);
    expect(t.call(o.admin, 'outgoing.updateDraft', edit(doc))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

/** A 规范性文件 taken to 印制 on 2026-11-10. */
function printedNormative(t: TestCore, o: Office): OutgoingRecord {
  const doc = signed(t, o, '2026-11-05', { normative: true });
  t.ok(o.clerk, 'outgoing.legalReview', { id: doc.id, reviewer: '县司法局 孙科长', date: '2026-11-04', conclusion: '未发现违法内容' });
  take(t, o.clerk, doc.id);
  return t.ok(o.clerk, 'outgoing.print', { id: doc.id, copies: 20, printedDate: '2026-11-10' });
}

describe('规范性文件备案 (art. 17)', () => {
  const open = useCores();
  const filing = (o: Office, id: string, over: Partial<InputOf<'outgoing.recordFiling'>> = {}) => ({
    id,
    authority: '县人大常委会',
    date: '2026-11-20',
    signerId: o.people.director,
    ...over,
  });

  it('records 备案机关, 备案日期 and the 主任 who signed the 备案报告, shown in the record', () => {
    const t = open();
    const o = outgoingOffice(t);
    const doc = printedNormative(t, o);
    expect(doc).toMatchObject({ filingAuthority: '', filingDate: null, filingSigner: null });
    const filed = t.ok(o.clerk, 'outgoing.recordFiling', filing(o, doc.id));
    expect(filed).toMatchObject({
      state: 'printed',
      filingAuthority: '县人大常委会',
      filingDate: '2026-11-20',
      filingSigner: { personId: o.people.director, personName: '赵主任', personTitle: '办公室主任' },
    });
    expect(t.ok(o.clerk, 'outgoing.get', { id: doc.id })).toEqual(filed);
  });

  it('the 备案报告 is signed by the office’s 主任 only: others are refused, naming the rule', () => {
    const t = open();
    const o = outgoingOffice(t);
    const doc = printedNormative(t, o);
    for (const person of [o.people.deputyDirector, o.people.head, o.people.deputy]) {
      const r = t.call(o.clerk, 'outgoing.recordFiling', filing(o, doc.id, { signerId: person }));
      expect(fieldsOf(r).signerId).toMatch(/：规范性文件备案由县政府办主任签发（工作规则第十七条），.+不能签发备案报告$/);
    }
    expect(fieldsOf(t.call(o.clerk, 'outgoing.recordFiling', filing(o, doc.id, { signerId: o.people.deputyDirector })))).toEqual({
      signerId: '钱副主任（办公室副主任）：规范性文件备案由县政府办主任签发（工作规则第十七条），办公室副主任不能签发备案报告',
    });
    expect(fieldsOf(t.call(o.clerk, 'outgoing.recordFiling', filing(o, doc.id, { signerId: 'no-such-person' })))).toEqual({
      signerId: '备案报告签发人须从人员名录中选择（不能是已停用的人员）',
    });
    expect(t.ok(o.clerk, 'outgoing.get', { id: doc.id }).filingSigner).toBeNull();
  });

  it('备案日期 is not before 印发日期', () => {
    const t = open();
    const o = outgoingOffice(t);
    const doc = printedNormative(t, o);
    expect(fieldsOf(t.call(o.clerk, 'outgoing.recordFiling', filing(o, doc.id, { date: '2026-11-09' })))).toEqual({
      date: '备案日期不能早于印发日期（2026-11-10）',
    });
    expect(t.ok(o.clerk, 'outgoing.recordFiling', filing(o, doc.id, { date: '2026-11-10' })).filingDate).toBe('2026-11-10');
  });

  it('comes after 印制, and only for a 规范性文件', () => {
    const t = open();
    const o = outgoingOffice(t);
    const unprinted = signed(t, o, '2026-11-05', { normative: true });
    expect(message(t.call(o.clerk, 'outgoing.recordFiling', filing(o, unprinted.id)))).toBe(
      '这份发文当前为“已签发”，不能备案：规范性文件印发后才能登记备案。',
    );
    const plain = signed(t, o, '2026-11-05');
    take(t, o.clerk, plain.id);
    t.ok(o.clerk, 'outgoing.print', { id: plain.id, copies: 20, printedDate: '2026-11-10' });
    expect(t.call(o.clerk, 'outgoing.recordFiling', filing(o, plain.id))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '只有规范性文件需要登记备案。' },
    });
  });
});
