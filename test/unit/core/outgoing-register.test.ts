import { describe, expect, it } from 'vitest';
import { count } from './support';
import { useCores } from './support';
import { draft, outgoingOffice, signed, take } from './outgoing-support';

describe('机关代字 configuration', () => {
  const open = useCores();

  it('creates the office defaults from the first character of its name, each on its own counter', () => {
    const t = open();
    const o = outgoingOffice(t);
    expect(o.counters.map((c) => c.codes.map((k) => k.code))).toEqual([['凤政发'], ['凤政办发'], ['凤政函'], ['凤政办函'], ['凤政纪']]);
    expect(o.counters.every((c) => c.issuedHere && c.issuingDeviceId === t.core.deviceId)).toBe(true);
    // Listing again creates nothing more.
    expect(t.ok(o.clerk, 'outgoing.codes')).toHaveLength(5);
  });

  it('validates codes, refuses duplicates, and lets only the administrator configure', () => {
    const t = open();
    const o = outgoingOffice(t);
    const counterId = o.code('凤政发').counter.id;
    for (const bad of ['凤政', 'FZF', '凤政办', '凤〔政〕发']) {
      const r = t.call(o.admin, 'outgoing.addCode', { code: bad, counterId });
      expect(r.ok ? '' : r.error.message, bad).toMatch(/机关代字应为2至10个汉字，并以发、函、纪/);
    }
    expect(t.call(o.admin, 'outgoing.addCode', { code: '凤政发', counterId })).toMatchObject({ ok: false, error: { message: '机关代字“凤政发”已经存在' } });
    expect(t.call(o.clerk, 'outgoing.addCode', { code: '凤政电', counterId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const c = t.ok(o.admin, 'outgoing.addCode', { code: '凤政电', counterId });
    expect(c.codes.map((k) => k.code)).toEqual(['凤政发', '凤政电']);
  });

  it('a disabled code is kept but cannot be chosen for a new draft', () => {
    const t = open();
    const o = outgoingOffice(t);
    t.ok(o.admin, 'outgoing.setCodeDisabled', { id: o.code('凤政函').id, disabled: true });
    const r = t.call(o.clerk, 'outgoing.draft', { ...baseDraft(o), codeId: o.code('凤政函').id });
    expect(r).toMatchObject({ ok: false, error: { fields: { codeId: '机关代字“凤政函”已停用，请选择其他代字' } } });
    expect(count(t, 'outgoing_codes')).toBe(5);
  });
});

function baseDraft(o: ReturnType<typeof outgoingOffice>) {
  return {
    codeId: o.code('凤政办发').id,
    docType: 'notice' as const,
    title: '关于做好冬季防火工作的通知',
    draftUnitId: o.unit,
    drafter: '周丽',
    draftDate: '2026-11-02',
    secrecyLevel: 'none' as const,
    urgency: 'normal' as const,
    publicity: 'active' as const,
    issuer: 'office' as const,
    matter: 'general' as const,
  };
}

describe('发文 draft rules', () => {
  const open = useCores();

  it('R18: 依申请公开 and 不予公开 need a reason', () => {
    const t = open();
    const o = outgoingOffice(t);
    for (const publicity of ['onRequest', 'withheld'] as const) {
      const r = t.call(o.clerk, 'outgoing.draft', { ...baseDraft(o), publicity });
      expect(r.ok ? null : r.error.fields?.publicityReason, publicity).toMatch(/须填写理由/);
    }
    expect(draft(t, o, { publicity: 'withheld', publicityReason: '涉及内部管理事项' }).publicity).toBe('withheld');
  });

  it('R18: a classified document must be 不予公开, and needs its 保密期限 (R4)', () => {
    const t = open();
    const o = outgoingOffice(t);
    const r = t.call(o.clerk, 'outgoing.draft', { ...baseDraft(o), secrecyLevel: 'secret', secrecyPeriodMonths: 12, publicityReason: '涉密' });
    expect(r).toMatchObject({ ok: false, error: { fields: { publicity: '秘密文件的公开属性只能是“不予公开”' } } });
    const noPeriod = t.call(o.clerk, 'outgoing.draft', { ...baseDraft(o), secrecyLevel: 'secret', publicity: 'withheld', publicityReason: '涉密' });
    expect(noPeriod.ok ? null : noPeriod.error.fields?.secrecyPeriodMonths).toMatch(/须填写保密期限/);
  });

  it('art. 16: a 规范性文件 above 5,000 characters is registered with a warning', () => {
    const t = open();
    const o = outgoingOffice(t);
    expect(draft(t, o, { normative: true, wordCount: 5000 }).warnings).toEqual([]);
    expect(draft(t, o, { normative: true, wordCount: 5001 }).warnings[0]).toMatch(/规范性文件一般不超过5000字/);
  });
});

describe('发文 signing chain (art. 17)', () => {
  const open = useCores();

  it('refuses a 签发 by a title art. 17 does not allow, per issuer and matter', () => {
    const t = open();
    const o = outgoingOffice(t);
    const cases = [
      { issuer: 'county', matter: 'important', person: o.people.director, ok: false },
      { issuer: 'county', matter: 'important', person: o.people.deputy, ok: false },
      { issuer: 'county', matter: 'important', person: o.people.executive, ok: true },
      { issuer: 'county', matter: 'general', person: o.people.deputy, ok: true },
      { issuer: 'county', matter: 'general', person: o.people.head, ok: true },
      { issuer: 'county', matter: 'general', person: o.people.deputyDirector, ok: false },
      { issuer: 'office', matter: 'general', person: o.people.director, ok: true },
      { issuer: 'office', matter: 'important', person: o.people.deputy, ok: true },
      { issuer: 'office', matter: 'important', person: o.people.deputyDirector, ok: false },
    ] as const;
    for (const c of cases) {
      const doc = draft(t, o, { issuer: c.issuer, matter: c.matter });
      t.ok(o.clerk, 'outgoing.review', { id: doc.id, reviewer: '钱副主任', date: '2026-11-03' });
      const r = t.call(o.clerk, 'outgoing.sign', { id: doc.id, personId: c.person, step: 'sign', date: '2026-11-04' });
      expect(r.ok, JSON.stringify(c)).toBe(c.ok);
    }
    const doc = draft(t, o, { issuer: 'county', matter: 'important' });
    t.ok(o.clerk, 'outgoing.review', { id: doc.id, reviewer: '钱副主任', date: '2026-11-03' });
    const r = t.call(o.clerk, 'outgoing.sign', { id: doc.id, personId: o.people.director, step: 'sign', date: '2026-11-04' });
    expect(r.ok ? '' : r.error.message).toBe(
      '赵主任（办公室主任）：以县政府名义制发的重要事项文件只能由常务副县长、县长签发（工作规则第十七条），办公室主任不能签发',
    );
    // A 审核 by the same person is recorded: the title rule is about 签发 only.
    expect(t.ok(o.clerk, 'outgoing.sign', { id: doc.id, personId: o.people.director, step: 'review', date: '2026-11-04' }).state).toBe('draft');
  });

  it('needs 核稿 first; 成文日期 is the last 签发 date; the signer comes from the directory with name and title kept', () => {
    const t = open();
    const o = outgoingOffice(t);
    const doc = draft(t, o);
    const early = t.call(o.clerk, 'outgoing.sign', { id: doc.id, personId: o.people.director, step: 'sign', date: '2026-11-04' });
    expect(early).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '请先登记核稿（核稿人和日期），再登记审核或签发。' } });
    t.ok(o.clerk, 'outgoing.review', { id: doc.id, reviewer: '钱副主任', date: '2026-11-03' });
    t.ok(o.clerk, 'outgoing.countersign', { id: doc.id, unitId: o.unit, who: '刘局长', date: '2026-11-03' });
    const unknown = t.call(o.clerk, 'outgoing.sign', { id: doc.id, personId: 'nobody', step: 'sign', date: '2026-11-04' });
    expect(unknown.ok ? null : unknown.error.fields?.personId).toMatch(/人员名录/);
    t.ok(o.clerk, 'outgoing.sign', { id: doc.id, personId: o.people.director, step: 'sign', date: '2026-11-06' });
    const after = t.ok(o.clerk, 'outgoing.sign', { id: doc.id, personId: o.people.deputy, step: 'sign', date: '2026-11-08' });
    expect(after).toMatchObject({ state: 'signed', writtenDate: '2026-11-08' });
    expect(after.signatures.map((s) => [s.personName, s.personTitle, s.step])).toEqual([
      ['赵主任', '办公室主任', 'sign'],
      ['王副县', '副县长', 'sign'],
    ]);
    expect(after.countersigns).toMatchObject([{ unitName: '凤凰县财政局', who: '刘局长' }]);
    // 核稿 and 会签 belong before 签发.
    expect(t.call(o.clerk, 'outgoing.review', { id: doc.id, reviewer: '钱副主任', date: '2026-11-09' })).toMatchObject({
      ok: false,
      error: { message: '这份发文当前为“已签发”，不能核稿：核稿须在签发前登记。' },
    });
  });
});

describe('印制, 分发, 归档', () => {
  const open = useCores();

  it('R16: 印发日期 may not precede 成文日期; steps out of order are refused', () => {
    const t = open();
    const o = outgoingOffice(t);
    const doc = signed(t, o, '2026-11-05');
    expect(t.call(o.clerk, 'outgoing.print', { id: doc.id, copies: 30, printedDate: '2026-11-06' })).toMatchObject({
      ok: false,
      error: { message: '这份发文当前为“已签发”，不能印制：须先编号，编号后才能印制。' },
    });
    take(t, o.clerk, doc.id);
    const r = t.call(o.clerk, 'outgoing.print', { id: doc.id, copies: 30, printedDate: '2026-11-04' });
    expect(r).toMatchObject({ ok: false, error: { fields: { printedDate: '印发日期不能早于成文日期（2026-11-05）' } } });
    expect(t.call(o.clerk, 'outgoing.archive', { id: doc.id, date: '2026-11-06' }).ok).toBe(false);
    t.ok(o.clerk, 'outgoing.print', { id: doc.id, copies: 30, printedDate: '2026-11-05' });
    const d = t.ok(o.clerk, 'outgoing.distribute', { id: doc.id, recipients: ['各乡镇人民政府', '县直各单位'], date: '2026-11-06' });
    expect(d).toMatchObject({ state: 'distributed', distributions: [{ recipients: ['各乡镇人民政府', '县直各单位'], date: '2026-11-06' }] });
    expect(t.ok(o.clerk, 'outgoing.archive', { id: doc.id, date: '2026-11-20' })).toMatchObject({ state: 'archived', archivedDate: '2026-11-20' });
  });

  it('a classified document needs a 份号 range within 1..印数', () => {
    const t = open();
    const o = outgoingOffice(t);
    const doc = signed(t, o, '2026-11-05', { secrecyLevel: 'secret', secrecyPeriodMonths: 12, publicity: 'withheld', publicityReason: '涉密' });
    take(t, o.clerk, doc.id);
    const none = t.call(o.clerk, 'outgoing.print', { id: doc.id, copies: 20, printedDate: '2026-11-06' });
    expect(none).toMatchObject({ ok: false, error: { fields: { copyFrom: '秘密文件须填写份号起止' } } });
    const over = t.call(o.clerk, 'outgoing.print', { id: doc.id, copies: 20, copyFrom: 1, copyTo: 21, printedDate: '2026-11-06' });
    expect(over).toMatchObject({ ok: false, error: { fields: { copyTo: '份号应在1至印数20之间' } } });
    expect(t.ok(o.clerk, 'outgoing.print', { id: doc.id, copies: 20, copyFrom: 1, copyTo: 20, printedDate: '2026-11-06' })).toMatchObject({
      state: 'printed',
      copyFrom: 1,
      copyTo: 20,
    });
  });

  it('roles: the clerk registers, other staff read, the auditor does not', () => {
    const t = open();
    const o = outgoingOffice(t);
    const doc = draft(t, o);
    expect(t.call(o.admin, 'outgoing.get', { id: doc.id }).ok).toBe(true);
    expect(t.call(o.admin, 'outgoing.review', { id: doc.id, reviewer: '钱副主任', date: '2026-11-03' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
