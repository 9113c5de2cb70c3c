import { describe, expect, it } from 'vitest';
import { count, useCores } from './support';
import { draft, outgoingOffice, signed, take } from './outgoing-support';

describe('发文字号 (R11–R15)', () => {
  const open = useCores();

  it('R11: no number before 签发; the first number of a fresh year is 1', () => {
    const t = open();
    const o = outgoingOffice(t);
    const doc = draft(t, o);
    expect(t.call(o.clerk, 'outgoing.takeNumber', { id: doc.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '这份发文当前为“拟稿”，不能编号：须先登记签发人和签发日期，签发后才能编号。' },
    });
    expect(count(t, 'outgoing_numbers')).toBe(0);
    t.ok(o.clerk, 'outgoing.review', { id: doc.id, reviewer: '钱副主任', date: '2026-11-03' });
    t.ok(o.clerk, 'outgoing.sign', { id: doc.id, personId: o.people.director, step: 'sign', date: '2026-11-05' });
    expect(take(t, o.clerk, doc.id)).toMatchObject({ state: 'numbered', docNumber: '凤政办发〔2026〕1号' });
  });

  it('R12: taking twice returns the same number and writes no row, change-log or audit entry', () => {
    const t = open();
    const o = outgoingOffice(t);
    const doc = signed(t, o);
    const first = take(t, o.clerk, doc.id);
    const before = [count(t, 'outgoing_numbers'), count(t, 'change_log'), count(t, 'audit_log')];
    const again = take(t, o.clerk, doc.id);
    expect(again.docNumber).toBe(first.docNumber);
    expect(again.numberId).toBe(first.numberId);
    expect([count(t, 'outgoing_numbers'), count(t, 'change_log'), count(t, 'audit_log')]).toEqual(before);
  });

  it('R13: consecutive per counter and year (year of 成文日期); 代字 sharing a counter share its serials', () => {
    const t = open();
    const o = outgoingOffice(t);
    const counterId = o.code('凤政办发').counter.id;
    t.ok(o.admin, 'outgoing.addCode', { code: '凤政办电', counterId });
    const shared = t.ok(o.clerk, 'outgoing.codes').flatMap((c) => c.codes).find((k) => k.code === '凤政办电')!;
    const a = take(t, o.clerk, signed(t, o).id);
    const b = take(t, o.clerk, signed(t, o, '2026-11-05', { codeId: shared.id }).id);
    const c = take(t, o.clerk, signed(t, o).id);
    const other = take(t, o.clerk, signed(t, o, '2026-11-05', { codeId: o.code('凤政发').id }).id);
    const nextYear = take(t, o.clerk, signed(t, o, '2027-01-04').id);
    expect([a.docNumber, b.docNumber, c.docNumber, other.docNumber, nextYear.docNumber]).toEqual([
      '凤政办发〔2026〕1号',
      '凤政办电〔2026〕2号',
      '凤政办发〔2026〕3号',
      '凤政发〔2026〕1号',
      '凤政办发〔2027〕1号',
    ]);
  });

  it('honours the configured starting serial of a year, which cannot change once numbers exist', () => {
    const t = open();
    const o = outgoingOffice(t);
    const counterId = o.code('凤政办发').counter.id;
    t.ok(o.admin, 'outgoing.setStartSerial', { counterId, year: 2026, start: 57 });
    expect(take(t, o.clerk, signed(t, o).id).docNumber).toBe('凤政办发〔2026〕57号');
    expect(take(t, o.clerk, signed(t, o).id).docNumber).toBe('凤政办发〔2026〕58号');
    expect(t.call(o.admin, 'outgoing.setStartSerial', { counterId, year: 2026, start: 80 })).toMatchObject({
      ok: false,
      error: { message: '编号序列“凤政办发”2026年已有文号，不能再改起始序号。' },
    });
  });

  it('R17: a 规范性文件 needs a recorded 合法性审查 before numbering', () => {
    const t = open();
    const o = outgoingOffice(t);
    const doc = signed(t, o, '2026-11-05', { normative: true });
    expect(t.call(o.clerk, 'outgoing.takeNumber', { id: doc.id })).toMatchObject({
      ok: false,
      error: { message: '规范性文件须先登记合法性审查（审查人、日期、结论），审查后才能编号。' },
    });
    t.ok(o.clerk, 'outgoing.legalReview', { id: doc.id, reviewer: '县司法局 孙科长', date: '2026-11-04', conclusion: '未发现违法内容' });
    expect(take(t, o.clerk, doc.id).docNumber).toBe('凤政办发〔2026〕1号');
  });

  it('refuses a counter whose numbers another device issues', () => {
    const t = open();
    const o = outgoingOffice(t);
    const counter = t.ok(o.admin, 'outgoing.addCounter', { name: '纪要', issuingDeviceId: 'other-device' });
    expect(counter.issuedHere).toBe(false);
    const withCode = t.ok(o.admin, 'outgoing.addCode', { code: '凤政专纪', counterId: counter.id });
    const doc = signed(t, o, '2026-11-05', { codeId: withCode.codes[0].id });
    const r = t.call(o.clerk, 'outgoing.takeNumber', { id: doc.id });
    expect(r.ok ? '' : r.error.message).toMatch(/^此代字的编号由另一台电脑发放/);
    expect(count(t, 'outgoing_numbers')).toBe(0);
  });

  it('R14: voiding needs a reason and an approver from the directory; a void number is never given again', () => {
    const t = open();
    const o = outgoingOffice(t);
    const codeId = o.code('凤政办发').id;
    const noReason = t.call(o.clerk, 'outgoing.voidNumber', { target: { codeId, year: 2026 }, reason: ' ', approverId: o.people.director });
    expect(noReason).toMatchObject({ ok: false, error: { fields: { reason: '请填写作废理由' } } });
    const noApprover = t.call(o.clerk, 'outgoing.voidNumber', { target: { codeId, year: 2026 }, reason: '印错', approverId: 'nobody' });
    expect(noApprover.ok ? null : noApprover.error.fields?.approverId).toMatch(/人员名录/);
    expect(count(t, 'outgoing_numbers')).toBe(0);

    const a = take(t, o.clerk, signed(t, o).id);
    const v = t.ok(o.clerk, 'outgoing.voidNumber', { target: { codeId, year: 2026 }, reason: '排版时误用', approverId: o.people.director });
    expect(v).toMatchObject({ serial: 2, kind: 'voided', docNumber: '凤政办发〔2026〕2号', explanation: '作废：排版时误用（批准人：赵主任）' });
    // Voiding a taken number: the document loses it and takes a new one; the void one stays void.
    const va = t.ok(o.clerk, 'outgoing.voidNumber', { target: { numberId: a.numberId! }, reason: '文件撤回重签', approverId: o.people.director });
    expect(va).toMatchObject({ serial: 1, kind: 'voided' });
    expect(t.ok(o.clerk, 'outgoing.get', { id: a.id })).toMatchObject({ state: 'signed', docNumber: '', numberId: null });
    expect(take(t, o.clerk, a.id).docNumber).toBe('凤政办发〔2026〕3号');
    expect(t.call(o.clerk, 'outgoing.voidNumber', { target: { numberId: a.numberId! }, reason: '再次', approverId: o.people.director }).ok).toBe(false);
    // The rows stay: the database refuses to delete one.
    expect(() => t.core.connection.sqlite.prepare('DELETE FROM outgoing_numbers').run()).toThrow(/never deleted/);
  });

  it('records a historical number, refused when the serial is taken or void (also through a 代字 sharing the counter)', () => {
    const t = open();
    const o = outgoingOffice(t);
    const counterId = o.code('凤政办发').counter.id;
    t.ok(o.admin, 'outgoing.addCode', { code: '凤政办电', counterId });
    take(t, o.clerk, signed(t, o).id);
    t.ok(o.clerk, 'outgoing.voidNumber', { target: { codeId: o.code('凤政办发').id, year: 2026 }, reason: '误编', approverId: o.people.director });
    const base = {
      docType: 'notice' as const,
      title: '关于春耕生产的通知',
      draftUnitId: o.unit,
      drafter: '周丽',
      draftDate: '2026-03-01',
      secrecyLevel: 'none' as const,
      urgency: 'normal' as const,
      publicity: 'active' as const,
      issuer: 'office' as const,
      matter: 'general' as const,
      writtenDate: '2026-03-02',
    };
    const taken = t.call(o.clerk, 'outgoing.recordHistoricalNumber', { ...base, docNumber: '凤政办电〔2026〕1号' });
    expect(taken.ok ? '' : taken.error.message).toMatch(/^凤政办发〔2026〕1号已被使用，序号1不能再登记/);
    const voided = t.call(o.clerk, 'outgoing.recordHistoricalNumber', { ...base, docNumber: '凤政办发〔2026〕2号' });
    expect(voided.ok ? '' : voided.error.message).toMatch(/^凤政办发〔2026〕2号已作废/);
    const badForm = t.call(o.clerk, 'outgoing.recordHistoricalNumber', { ...base, docNumber: '凤政办发[2026]5号' });
    expect(badForm.ok ? '' : badForm.error.message).toMatch(/应为“凤政办发〔2026〕5号”/);
    const h = t.ok(o.clerk, 'outgoing.recordHistoricalNumber', { ...base, docNumber: '凤政办发〔2026〕5号' });
    expect(h).toMatchObject({ state: 'archived', docNumber: '凤政办发〔2026〕5号', writtenDate: '2026-03-02' });
    // The next number continues after the highest ever recorded.
    expect(take(t, o.clerk, signed(t, o).id).docNumber).toBe('凤政办发〔2026〕6号');
  });

  it('R15: the gap report lists every serial, with void, back-filled and missing ones explained', () => {
    const t = open();
    const o = outgoingOffice(t);
    const code = o.code('凤政办发');
    t.ok(o.admin, 'outgoing.setStartSerial', { counterId: code.counter.id, year: 2026, start: 3 });
    expect(t.ok(o.clerk, 'outgoing.gapReport', { counterId: code.counter.id, year: 2026 }).entries).toEqual([]);
    take(t, o.clerk, signed(t, o).id); // 3
    t.ok(o.clerk, 'outgoing.voidNumber', { target: { codeId: code.id, year: 2026 }, reason: '误编', approverId: o.people.director }); // 4
    t.ok(o.clerk, 'outgoing.recordHistoricalNumber', {
      docType: 'notice',
      title: '关于春耕生产的通知',
      draftUnitId: o.unit,
      drafter: '周丽',
      draftDate: '2026-03-01',
      secrecyLevel: 'none',
      urgency: 'normal',
      publicity: 'active',
      issuer: 'office',
      matter: 'general',
      writtenDate: '2026-03-02',
      docNumber: '凤政办发〔2026〕7号',
    });
    const report = t.ok(o.clerk, 'outgoing.gapReport', { counterId: code.counter.id, year: 2026 });
    expect(report.entries.map((e) => [e.serial, e.kind, e.explanation])).toEqual([
      [3, 'taken', ''],
      [4, 'voided', '作废：误编（批准人：赵主任）'],
      [5, 'missing', '缺号：没有发放或登记记录'],
      [6, 'missing', '缺号：没有发放或登记记录'],
      [7, 'historical', '补录：从纸质登记簿补录的历史文号'],
    ]);
    expect(report.holes.map((e) => e.serial)).toEqual([4, 5, 6, 7]);
  });
});
