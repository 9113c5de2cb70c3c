import { describe, expect, it } from 'vitest';
import { count, useCores } from './support';
import { documentUse, otherUse, printedDoc, sealOffice } from './seals-support';
import { draft, signed } from './outgoing-support';

describe('用印登记 rules (R20–R22)', () => {
  const open = useCores();

  it('creates the three seals of art. 21 with their approvers', () => {
    const t = open();
    const o = sealOffice(t);
    expect(t.ok(o.keeper, 'seals.catalog').map((s) => [s.name, s.approverTitles, s.retired, s.out])).toEqual([
      ['县人民政府印章', ['县长', '常务副县长'], false, null],
      ['县政府办印章', ['办公室主任', '办公室副主任'], false, null],
      ['县长专用章', ['县长'], false, null],
    ]);
  });

  it('R20: 公文用印 needs a signed, numbered, printed document and stays within its 印数', () => {
    const t = open();
    const o = sealOffice(t);
    const unsigned = draft(t, o);
    expect(t.call(o.keeper, 'seals.recordUse', documentUse(o, unsigned.id, 1))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { outgoingId: '《关于做好冬季防火工作的通知》尚未签发：公文用印须在签发并编号之后' } },
    });
    const unnumbered = signed(t, o);
    expect(t.call(o.keeper, 'seals.recordUse', documentUse(o, unnumbered.id, 1))).toMatchObject({
      error: { fields: { outgoingId: '《关于做好冬季防火工作的通知》已签发但尚未编号：公文用印须在签发并编号之后' } },
    });
    const numbered = t.ok(o.clerk, 'outgoing.takeNumber', { id: unnumbered.id });
    expect(t.call(o.keeper, 'seals.recordUse', documentUse(o, numbered.id, 1))).toMatchObject({
      error: { fields: { outgoingId: `${numbered.docNumber}尚未登记印制份数（印数），请先在发文登记中登记印制` } },
    });
    expect(t.call(o.keeper, 'seals.recordUse', { ...documentUse(o, 'no-such-doc', 1) })).toMatchObject({ error: { fields: { outgoingId: '关联发文须从发文登记中选择' } } });
    expect(t.call(o.keeper, 'seals.recordUse', { ...documentUse(o, numbered.id, 1), outgoingId: null })).toMatchObject({ error: { fields: { outgoingId: '公文用印须选择关联发文' } } });

    const doc = printedDoc(t, o, 3);
    const first = t.ok(o.keeper, 'seals.recordUse', documentUse(o, doc.id, 2));
    expect(first).toMatchObject({ serialText: '2026-1', docNumber: doc.docNumber, fileName: doc.title, approverName: '', approvedAt: null, supervisor: '孙机要' });
    const lines = count(t, 'seal_entries');
    expect(t.call(o.keeper, 'seals.recordUse', documentUse(o, doc.id, 2))).toMatchObject({
      ok: false,
      error: { fields: { copies: `${doc.docNumber}印数 3 份，已用印 2 份，本次最多还能用印 1 份` } },
    });
    expect(count(t, 'seal_entries')).toBe(lines);
    t.ok(o.keeper, 'seals.recordUse', documentUse(o, doc.id, 1));
    expect(t.call(o.keeper, 'seals.recordUse', documentUse(o, doc.id, 1))).toMatchObject({ error: { fields: { copies: `${doc.docNumber}印数 3 份，已用印 3 份，不能再用印` } } });
    // The picker offers only documents with copies left.
    expect(t.ok(o.keeper, 'seals.documents', { term: '' }).map((d) => d.id)).not.toContain(doc.id);
    // A 更正 saying the first use did not happen frees its copies; correcting copies counts the new value only.
    t.ok(o.keeper, 'seals.correct', { ...documentUse(o, doc.id, 2), targetId: first.id, correctionReason: '误登记', cancel: true });
    expect(t.ok(o.keeper, 'seals.documents', { term: doc.docNumber })).toEqual([{ id: doc.id, docNumber: doc.docNumber, title: doc.title, copies: 3, stamped: 1 }]);
    // The 发文 record shows its 用印 as the ledger now stands.
    expect(t.ok(o.clerk, 'outgoing.get', { id: doc.id }).stamps).toEqual([{ serialText: '2026-2', sealName: '县政府办印章', copies: 1, usedAt: '2026-11-20T10:00' }]);
  });

  it('R21: any other use needs an approver allowed for that seal, approving before the use', () => {
    const t = open();
    const o = sealOffice(t);
    expect(t.call(o.keeper, 'seals.recordUse', otherUse(o, o.head, ''))).toMatchObject({
      error: { fields: { approverId: '请填写批准人：除制发公文用印外，其他用印必须履行审批手续（工作规则第二十一条）' } },
    });
    expect(t.call(o.keeper, 'seals.recordUse', otherUse(o, o.head, o.people.deputy))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { approverId: '使用县长专用章须请示县长本人同意（工作规则第二十一条），副县长王副县不能批准使用县长专用章' } },
    });
    expect(t.call(o.keeper, 'seals.recordUse', otherUse(o, o.head, o.people.executive)).ok).toBe(false);
    expect(t.ok(o.keeper, 'seals.recordUse', otherUse(o, o.head, o.people.head))).toMatchObject({ approverName: '张建国', approverTitle: '县长', approvedAt: '2026-11-20T09:00' });
    // 县人民政府印章: the 县长 or the 常务副县长; not the office's directors.
    expect(t.ok(o.keeper, 'seals.recordUse', otherUse(o, o.county, o.people.executive, { usedAt: '2026-11-20T10:30' })).approverTitle).toBe('常务副县长');
    expect(t.call(o.keeper, 'seals.recordUse', otherUse(o, o.county, o.people.director)).ok).toBe(false);
    // 县政府办印章: the office's 主任 or a 副主任.
    expect(t.ok(o.keeper, 'seals.recordUse', otherUse(o, o.office, o.people.deputyDirector)).approverTitle).toBe('办公室副主任');
    expect(t.call(o.keeper, 'seals.recordUse', otherUse(o, o.office, o.people.deputy)).ok).toBe(false);
    // Approval comes first.
    expect(t.call(o.keeper, 'seals.recordUse', otherUse(o, o.office, o.people.director, { approvedAt: '2026-11-20T09:31' }))).toMatchObject({
      error: { fields: { approvedAt: '批准时间不能晚于用印时间（2026-11-20 09:30）：先批准，后用印' } },
    });
    expect(t.call(o.keeper, 'seals.recordUse', otherUse(o, o.office, o.people.director, { approvedAt: null }))).toMatchObject({ error: { fields: { approvedAt: '请填写批准时间' } } });
    expect(t.call(o.keeper, 'seals.recordUse', otherUse(o, o.office, 'no-such-person'))).toMatchObject({ error: { fields: { approverId: '批准人须从人员名录中选择' } } });
  });

  it('R21 [config]: the administrator changes who may approve a seal', () => {
    const t = open();
    const o = sealOffice(t);
    const seal = o.seal('县长专用章');
    t.ok(o.admin, 'seals.updateSeal', { id: seal.id, name: seal.name, custodian: '孙机要', approverTitles: ['县长', '常务副县长'], approvalRule: '', retired: false });
    expect(t.ok(o.keeper, 'seals.recordUse', otherUse(o, o.head, o.people.executive)).approverTitle).toBe('常务副县长');
    expect(t.call(o.keeper, 'seals.recordUse', otherUse(o, o.head, o.people.deputy, { usedAt: '2026-11-20T11:00' }))).toMatchObject({
      error: { fields: { approverId: '县长专用章只能由县长、常务副县长批准（工作规则第二十一条），副县长王副县不能批准使用县长专用章' } },
    });
  });

  it('R22: a seal taken out is used nowhere else until its return is recorded', () => {
    const t = open();
    const o = sealOffice(t);
    const out = t.ok(o.keeper, 'seals.recordUse', otherUse(o, o.office, o.people.director, { method: 'takeOut', usedAt: '2026-11-27T09:00', approvedAt: '2026-11-27T08:50' }));
    expect(out).toMatchObject({ method: 'takeOut', returnedAt: null });
    expect(t.ok(o.keeper, 'seals.catalog').find((s) => s.id === o.office)!.out).toMatchObject({ entryId: out.id, serialText: '2026-1', handler: '刘经办' });
    const refused = t.call(o.keeper, 'seals.recordUse', otherUse(o, o.office, o.people.director, { usedAt: '2026-11-27T15:00', approvedAt: '2026-11-27T14:00' }));
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '县政府办印章已外带（序号 2026-1，2026-11-27 09:00 由凤凰县财政局刘经办外带，尚未归还），归还登记之前不能再用印。' },
    });
    // Other seals are not affected; retiring the seal that is out is refused.
    expect(t.call(o.keeper, 'seals.recordUse', otherUse(o, o.head, o.people.head, { usedAt: '2026-11-27T15:00' })).ok).toBe(true);
    const seal = o.seal('县政府办印章');
    expect(t.call(o.admin, 'seals.updateSeal', { id: seal.id, name: seal.name, custodian: seal.custodian, approverTitles: seal.approverTitles, retired: true })).toMatchObject({
      error: { code: 'CONFLICT', message: '县政府办印章已外带尚未归还，请先登记归还再停用。' },
    });
    expect(t.call(o.keeper, 'seals.recordReturn', { useId: out.id, returnedAt: '2026-11-27T08:59' })).toMatchObject({ error: { fields: { returnedAt: '归还时间不能早于外带时间（2026-11-27 09:00）' } } });
    expect(t.call(o.keeper, 'seals.recordReturn', { useId: out.id, returnedAt: '2026-11-28T10:01' })).toMatchObject({ error: { fields: { returnedAt: '归还时间不能晚于现在（2026-11-28 10:00）' } } });
    const serials = count(t, 'seal_entries');
    expect(t.ok(o.keeper, 'seals.recordReturn', { useId: out.id, returnedAt: '2026-11-27T16:00' })).toMatchObject({ id: out.id, returnedAt: '2026-11-27T16:00' });
    expect(count(t, 'seal_entries')).toBe(serials + 1);
    expect(t.call(o.keeper, 'seals.recordReturn', { useId: out.id, returnedAt: '2026-11-27T17:00' })).toMatchObject({ error: { code: 'CONFLICT', message: '县政府办印章（序号 2026-1）已于 2026-11-27 16:00 登记归还。' } });
    expect(t.ok(o.keeper, 'seals.catalog').find((s) => s.id === o.office)!.out).toBeNull();
    // While it was out it was not here: a use dated inside the window is refused, one after the return accepted.
    expect(t.call(o.keeper, 'seals.recordUse', otherUse(o, o.office, o.people.director, { usedAt: '2026-11-27T15:00', approvedAt: '2026-11-27T14:00' })).ok).toBe(false);
    const after = t.ok(o.keeper, 'seals.recordUse', otherUse(o, o.office, o.people.director, { usedAt: '2026-11-27T16:30', approvedAt: '2026-11-27T16:10' }));
    expect(after.serialText).toBe('2026-3');
    // A 外带 cannot be dated before a use already recorded: it would have had the seal out then.
    expect(t.call(o.keeper, 'seals.recordUse', otherUse(o, o.office, o.people.director, { method: 'takeOut', usedAt: '2026-11-27T16:20', approvedAt: '2026-11-27T16:00' }))).toMatchObject({
      error: { code: 'CONFLICT', message: '2026-11-27 16:20 之后县政府办印章已有用印登记（序号 2026-3，2026-11-27 16:30），外带不能登记在它之前。' },
    });
    // A return of a use stamped on site makes no sense.
    expect(t.call(o.keeper, 'seals.recordReturn', { useId: after.id, returnedAt: '2026-11-27T17:00' })).toMatchObject({ error: { message: '序号 2026-3 不是外带登记，无需登记归还。' } });
  });

  it('refuses blank 事由, future times, retired seals and units outside the directory, naming the field', () => {
    const t = open();
    const o = sealOffice(t);
    expect(t.call(o.keeper, 'seals.recordUse', otherUse(o, o.office, o.people.director, { reason: '  ' }))).toMatchObject({ error: { code: 'VALIDATION', fields: { reason: '请填写事由' } } });
    expect(t.call(o.keeper, 'seals.recordUse', otherUse(o, o.office, o.people.director, { usedAt: '2026-11-28T10:05' }))).toMatchObject({ error: { fields: { usedAt: '用印时间不能晚于现在（2026-11-28 10:00）' } } });
    expect(t.call(o.keeper, 'seals.recordUse', otherUse(o, o.office, o.people.director, { usedAt: '2026-11-31T10:05' }))).toMatchObject({ error: { fields: { usedAt: '用印时间的日期不存在' } } });
    expect(t.call(o.keeper, 'seals.recordUse', otherUse(o, o.office, o.people.director, { copies: 0 }))).toMatchObject({ error: { fields: { copies: '份数不能小于1' } } });
    expect(t.call(o.keeper, 'seals.recordUse', otherUse(o, o.office, o.people.director, { unitId: 'no-such-unit' }))).toMatchObject({ error: { fields: { unitId: '申请单位须从单位名录中选择' } } });
    const seal = o.seal('县长专用章');
    t.ok(o.admin, 'seals.updateSeal', { id: seal.id, name: seal.name, custodian: seal.custodian, approverTitles: seal.approverTitles, retired: true });
    expect(t.call(o.keeper, 'seals.recordUse', otherUse(o, o.head, o.people.head))).toMatchObject({ error: { fields: { sealId: '县长专用章已停用，不能再登记用印' } } });
    expect(count(t, 'seal_entries')).toBe(0);
  });

  it('R31: only the seal keeper writes the ledger; the clerk and the administrator read it', () => {
    const t = open();
    const o = sealOffice(t);
    for (const s of [o.clerk, o.admin]) {
      expect(t.call(s, 'seals.recordUse', otherUse(o, o.office, o.people.director))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(t.call(s, 'seals.ledger', {}).ok).toBe(true);
    }
    expect(t.call(o.keeper, 'seals.addSeal', { name: '套印章', custodian: '孙机要', approverTitles: ['办公室主任'] })).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(t.ok(o.admin, 'seals.addSeal', { name: '套印章', custodian: '孙机要', approverTitles: ['办公室主任', '办公室主任'] })).toMatchObject({ approverTitles: ['办公室主任'], retired: false });
    expect(t.call(o.admin, 'seals.addSeal', { name: '套印章', custodian: '孙机要', approverTitles: ['办公室主任'] })).toMatchObject({ error: { fields: { name: '已有名为“套印章”的印章' } } });
  });
});
