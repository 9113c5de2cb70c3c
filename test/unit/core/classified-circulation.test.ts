import { describe, expect, it } from 'vitest';
import { count, useCores } from './support';
import { classifiedOffice, copyOf, registerSecret } from './classified-support';

describe('密件传阅 (R24–R27)', () => {
  const open = useCores();

  it('registers a 密件 with one copy per 份号, all 在库, numbered per year', () => {
    const t = open();
    const o = classifiedOffice(t);
    const doc = registerSecret(t, o);
    expect(doc).toMatchObject({ serialText: '2026-1', issuerName: '市人民政府办公室', secrecyLevel: 'confidential', returnBy: null });
    expect(doc.scope.map((p) => p.name)).toEqual(['张建国', '李常务']);
    expect(doc.copies.map((c) => [c.copyNo, c.place, c.holderName])).toEqual([
      [1, 'inStock', ''],
      [2, 'inStock', ''],
      [3, 'inStock', ''],
    ]);
    expect(registerSecret(t, o).serialText).toBe('2026-2');
  });

  it('refuses a 密件 without 份号, 保密期限 or scope, naming the field', () => {
    const t = open();
    const o = classifiedOffice(t);
    expect(t.call(o.officer, 'classified.register', { ...registerInput(o), copyNumbers: [] })).toMatchObject({ error: { fields: { copyNumbers: '请逐份登记份号' } } });
    expect(t.call(o.officer, 'classified.register', { ...registerInput(o), secrecyPeriodMonths: null })).toMatchObject({
      error: { fields: { secrecyPeriodMonths: '机密文件须填写保密期限（最长20年）' } },
    });
    expect(t.call(o.officer, 'classified.register', { ...registerInput(o), scope: [] })).toMatchObject({ error: { fields: { scope: '请填写知悉范围：可以阅读此件的人员' } } });
    expect(t.call(o.officer, 'classified.register', { ...registerInput(o), copyNumbers: [1, 1] })).toMatchObject({ error: { fields: { copyNumbers: '份号000001重复' } } });
    expect(t.call(o.officer, 'classified.register', { ...registerInput(o), returnBy: '2026-11-19' })).toMatchObject({ error: { fields: { returnBy: '清退期限不能早于收到日期（2026-11-20）' } } });
    expect(count(t, 'classified_docs')).toBe(0);
  });

  it('registers a classified incoming record as a 密件, once; a non-classified one is refused', () => {
    const t = open();
    const o = classifiedOffice(t);
    const incoming = (secrecyLevel: 'none' | 'secret', extra: object = {}) =>
      t.ok(o.clerk, 'incoming.register', {
        receivedAt: '2026-11-27T09:30:00+08:00',
        signedBy: '李文秘',
        fromUnitId: o.issuer,
        docNumber: '市办秘〔2026〕9号',
        title: '关于加强保密管理的通知',
        docType: 'notice',
        writtenDate: '2026-11-20',
        secrecyLevel,
        urgency: 'normal',
        copies: secrecyLevel === 'none' ? 1 : 2,
        incomingClass: 'readOnly',
        addressee: 'county',
        ...extra,
      });
    const secret = incoming('secret', { secrecyPeriodMonths: 12, copyNumbers: [7, 8] });
    const doc = t.ok(o.officer, 'classified.register', { incomingId: secret.id, scope: [o.readers.a], returnBy: '2026-12-31' });
    expect(t.ok(o.clerk, 'classified.list', {})[0]).toMatchObject({ id: doc.id, incomingId: secret.id });
    expect(doc).toMatchObject({ incomingId: secret.id, title: '关于加强保密管理的通知', docNumber: '市办秘〔2026〕9号', secrecyLevel: 'secret', secrecyPeriodMonths: 12, receivedDate: '2026-11-27' });
    expect(doc.copies.map((c) => c.copyNo)).toEqual([7, 8]);
    expect(t.call(o.officer, 'classified.register', { incomingId: secret.id, scope: [o.readers.a] })).toMatchObject({
      error: { code: 'CONFLICT', message: `收文${secret.receiptNo}已登记为密件（编号 2026-1）。` },
    });
    const plain = incoming('none');
    expect(t.call(o.officer, 'classified.register', { incomingId: plain.id, scope: [o.readers.a] })).toMatchObject({ error: { fields: { incomingId: `收文${plain.receiptNo}为非密文件，不登记为密件` } } });
  });

  it('R24/R25: circulates within the scope only, and a copy comes back before the next reader (no 横传)', () => {
    const t = open();
    const o = classifiedOffice(t);
    const doc = registerSecret(t, o);
    const one = copyOf(doc, 1).id;
    const sentToA = t.ok(o.officer, 'classified.send', { copyId: one, readerId: o.readers.a, folderNo: '3', sentAt: '2026-11-28T08:30' });
    expect(copyOf(sentToA, 1)).toMatchObject({ place: 'out', holderName: '张建国', folderNo: '3', since: '2026-11-28T08:30', dueAt: '2026-11-28T17:30', overdue: false });
    expect(t.call(o.officer, 'classified.send', { copyId: one, readerId: o.readers.b, folderNo: '3', sentAt: '2026-11-28T09:00' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '份号 000001正在张建国处传阅（夹号 3），不得横传：须先退回保密员，登记退回后再送下一位。' },
    });
    const back = t.ok(o.officer, 'classified.receive', { copyId: one, returnedAt: '2026-11-28T09:10', signedOff: true, instruction: '请办公室抓紧落实。' });
    expect(copyOf(back, 1)).toMatchObject({ place: 'inStock', holderName: '' });
    expect(copyOf(back, 1).events.map((e) => [e.kind, e.personName, e.signedOff, e.instruction, e.officer])).toEqual([
      ['send', '张建国', false, '', '郑保密'],
      ['back', '张建国', true, '请办公室抓紧落实。', '郑保密'],
    ]);
    expect(t.call(o.officer, 'classified.send', { copyId: one, readerId: o.readers.c, folderNo: '3', sentAt: '2026-11-28T09:20' })).toMatchObject({
      error: { code: 'VALIDATION', fields: { readerId: '王副县不在此件的知悉范围内，不能送阅。知悉范围：张建国、李常务' } },
    });
    expect(t.ok(o.officer, 'classified.send', { copyId: one, readerId: o.readers.b, folderNo: '4', sentAt: '2026-11-28T09:20' }).copies[0].holderName).toBe('李常务');
    // The history stays in order, and nothing is dated in the future.
    expect(t.call(o.officer, 'classified.receive', { copyId: one, returnedAt: '2026-11-28T09:19', signedOff: true })).toMatchObject({
      error: { fields: { returnedAt: '退回时间不能早于这一份的上一次登记（2026-11-28 09:20）' } },
    });
    expect(t.call(o.officer, 'classified.receive', { copyId: one, returnedAt: '2026-11-28T10:01', signedOff: true })).toMatchObject({
      error: { fields: { returnedAt: '退回时间不能晚于现在（2026-11-28 10:00）' } },
    });
    expect(t.call(o.officer, 'classified.receive', { copyId: copyOf(doc, 2).id, returnedAt: '2026-11-28T09:30', signedOff: false })).toMatchObject({
      error: { code: 'CONFLICT', message: '份号 000002不在传阅中，无需登记退回。' },
    });
    // The scope can be widened by the officer; then C may read it.
    t.ok(o.officer, 'classified.update', { id: doc.id, scope: [o.readers.a, o.readers.b, o.readers.c], returnBy: null, remarks: '' });
    expect(t.call(o.officer, 'classified.send', { copyId: copyOf(doc, 2).id, readerId: o.readers.c, folderNo: '5', sentAt: '2026-11-28T09:40' }).ok).toBe(true);
  });

  it('R26: a copy not back by the return time is overdue on the board and the dashboard', () => {
    const t = open();
    const o = classifiedOffice(t);
    const doc = registerSecret(t, o);
    t.ok(o.officer, 'classified.send', { copyId: copyOf(doc, 2).id, readerId: o.readers.a, folderNo: '1', sentAt: '2026-11-27T09:00' });
    t.ok(o.officer, 'classified.send', { copyId: copyOf(doc, 3).id, readerId: o.readers.b, folderNo: '2', sentAt: '2026-11-28T09:00' });
    const board = t.ok(o.clerk, 'classified.board');
    expect(board.map((c) => [c.copyNo, c.holderName, c.dueAt, c.overdue, c.minutesOut])).toEqual([
      [2, '张建国', '2026-11-27T17:30', true, 25 * 60],
      [3, '李常务', '2026-11-28T17:30', false, 60],
    ]);
    const dash = t.ok(o.officer, 'classified.dashboard');
    expect([dash.outCount, dash.overdue.map((c) => c.copyNo)]).toEqual([2, [2]]);
    expect(t.ok(o.clerk, 'classified.list', {})[0]).toMatchObject({ overdue: 1, places: { inStock: 1, out: 2, surrendered: 0, destroyed: 0 }, copies: 3 });
    // [config]: the office's return time; late in the day copy 3 is overdue too.
    t.ok(o.admin, 'settings.update', { circulationReturnBy: '09:30' });
    t.clock.ms = Date.parse('2026-11-28T01:45:00Z');
    expect(t.ok(o.clerk, 'classified.board').map((c) => c.overdue)).toEqual([true, true]);
  });

  it('清退: a copy in stock goes back to the issuer and can do nothing else afterwards', () => {
    const t = open();
    const o = classifiedOffice(t);
    const doc = registerSecret(t, o, { returnBy: '2026-12-05' });
    const three = copyOf(doc, 3).id;
    t.ok(o.officer, 'classified.send', { copyId: three, readerId: o.readers.a, folderNo: '1', sentAt: '2026-11-28T08:00' });
    expect(t.call(o.officer, 'classified.surrender', { copyId: three, date: '2026-11-28', unitId: o.issuer, receiver: '市办机要科刘科长' })).toMatchObject({
      error: { code: 'CONFLICT', message: '份号 000003正在张建国处传阅（夹号 1，2026-11-28 08:00 送出），须先退回保密员，才能清退。' },
    });
    t.ok(o.officer, 'classified.receive', { copyId: three, returnedAt: '2026-11-28T08:40', signedOff: true });
    const after = t.ok(o.officer, 'classified.surrender', { copyId: three, date: '2026-11-28', unitId: o.issuer, receiver: '市办机要科刘科长' });
    expect(copyOf(after, 3)).toMatchObject({ place: 'surrendered' });
    expect(copyOf(after, 3).events.at(-1)).toMatchObject({ kind: 'surrender', unitName: '市人民政府办公室', personName: '市办机要科刘科长', at: '2026-11-28T10:00' });
    expect(t.call(o.officer, 'classified.send', { copyId: three, readerId: o.readers.a, folderNo: '1', sentAt: '2026-11-28T09:50' })).toMatchObject({
      error: { message: '份号 000003已清退给发文机关，不能传阅。' },
    });
    expect(t.call(o.officer, 'classified.surrender', { copyId: copyOf(doc, 1).id, date: '2026-11-29', unitId: o.issuer, receiver: '刘科长' })).toMatchObject({
      error: { fields: { date: '清退日期不能晚于今天' } },
    });
    // The dashboard lists 清退 due within a week while copies remain.
    expect(t.ok(o.officer, 'classified.dashboard').surrenderDue).toEqual([{ docId: doc.id, serialText: '2026-1', title: doc.title, returnBy: '2026-12-05', copies: 2 }]);
  });

  it('R27: a copy is always in exactly one place; its history is insert-only', () => {
    const t = open();
    const o = classifiedOffice(t);
    const doc = registerSecret(t, o);
    t.ok(o.officer, 'classified.send', { copyId: copyOf(doc, 1).id, readerId: o.readers.a, folderNo: '1', sentAt: '2026-11-28T08:00' });
    const sqlite = t.core.connection.sqlite;
    expect(() => sqlite.prepare('UPDATE classified_events SET person_name = ?').run('别人')).toThrow('classified_events rows are never changed');
    expect(() => sqlite.prepare('DELETE FROM classified_events').run()).toThrow('classified_events rows are never deleted');
    expect(() => sqlite.prepare('DELETE FROM classified_copies').run()).toThrow('classified_copies rows are never deleted');
    const places = sqlite.prepare('SELECT place, count(*) AS n FROM classified_copies GROUP BY place ORDER BY place').all();
    expect(places).toEqual([
      { place: 'inStock', n: 2 },
      { place: 'out', n: 1 },
    ]);
  });

  it('R31: only the officer handles copies; the clerk reads; the administrator does not', () => {
    const t = open();
    const o = classifiedOffice(t);
    const doc = registerSecret(t, o);
    expect(t.call(o.clerk, 'classified.send', { copyId: copyOf(doc, 1).id, readerId: o.readers.a, folderNo: '1', sentAt: '2026-11-28T08:00' })).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(t.call(o.clerk, 'classified.register', registerInput(o))).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(t.call(o.clerk, 'classified.startCheck', {})).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(t.ok(o.clerk, 'classified.get', { id: doc.id }).title).toBe('关于某重大事项的通报');
    expect(t.call(o.admin, 'classified.get', { id: doc.id })).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });
});

function registerInput(o: ReturnType<typeof classifiedOffice>) {
  return {
    title: '关于某重大事项的通报',
    issuerUnitId: o.issuer,
    secrecyLevel: 'confidential' as const,
    secrecyPeriodMonths: 120,
    receivedDate: '2026-11-20',
    copyNumbers: [1, 2, 3],
    scope: [o.readers.a, o.readers.b],
  };
}
