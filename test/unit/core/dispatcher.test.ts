import { describe, it, expect } from 'vitest';
import { API, METHOD_NAMES, type MethodName } from '../../../shared/api';
import { ROLES, type Role } from '../../../shared/auth/roles';
import type { SessionRef } from '../../../electron/core';
import { ADMIN, setUpOffice, signIn, type TestCore } from '../../helpers/core';
import { addUser, CHINESE, count, lastAudit, PASSWORD, useCores } from './support';

/** A 发文 draft as the form sends it (outgoing.draft and, with an id, updateDraft). */
const DRAFT = {
  codeId: 'no-such-code',
  docType: 'notice',
  title: '关于探针的通知',
  draftUnitId: 'no-such-unit',
  drafter: '周丽',
  draftDate: '2026-11-27',
  secrecyLevel: 'none',
  urgency: 'normal',
  publicity: 'active',
  issuer: 'office',
  matter: 'general',
};
const { codeId: _code, ...DRAFT_FIELDS } = DRAFT;

/**
 * A well-formed input for every method, so that the role check is what decides.
 * Ids and dates are chosen so that a permitted call changes little (NOT_FOUND,
 * CONFLICT or a harmless add). A method added to the API without a sample here
 * makes the tests below fail, so the new method gets its role check tested.
 */
const SAMPLE: Record<MethodName, unknown> = {
  'auth.status': {},
  'auth.setup': { officeName: '另一个办公室', username: 'other', displayName: '另一人', password: 'other-pass-1' },
  'auth.login': { username: 'nobody', password: 'whatever-1' },
  'auth.logout': {},
  'auth.keepAlive': {},
  'auth.lock': {},
  'auth.unlock': { password: 'not-the-password' },
  'auth.changePassword': { currentPassword: 'not-the-password', newPassword: 'brand-new-pass-1' },
  'users.list': {},
  'users.add': { username: 'probe', displayName: '探针', roles: ['clerk'], password: 'probe-pass-1' },
  'users.update': { id: 'no-such-user', displayName: '探针', roles: ['clerk'], disabled: false },
  'users.resetPassword': { id: 'no-such-user', password: 'probe-pass-2' },
  'audit.list': { limit: 1 },
  'audit.verify': {},
  'audit.recordOutput': { kind: 'print', what: '收文处理单' },
  'units.list': {},
  'units.add': { fullName: '县探针局', category: 'countyDept' },
  'units.update': { id: 'no-such-unit', fullName: '县探针局', category: 'countyDept', disabled: false },
  'people.list': {},
  'people.add': { name: '探针', title: '秘书' },
  'people.update': { id: 'no-such-person', name: '探针', title: '秘书', disabled: false },
  'settings.get': {},
  'settings.update': { officeName: ADMIN.officeName, lockoutAttempts: 5, lockoutMinutes: 15, idleMinutes: 15 },
  'calendar.year': { year: 2026 },
  'calendar.set': { date: '2026-12-30', kind: 'holiday', name: '探针' },
  'calendar.clear': { date: '2026-12-29' },
  'calendar.export': { year: 2026 },
  'calendar.import': { content: 'not json' },
  'incoming.register': {
    receivedAt: '2026-11-27T09:30:00+08:00',
    signedBy: '周丽',
    fromUnitId: 'no-such-unit',
    docNumber: '凤财发〔2026〕12号',
    title: '关于探针的请示',
    docType: 'request',
    secrecyLevel: 'none',
    urgency: 'normal',
    copies: 1,
    incomingClass: 'request',
    addressee: 'county',
  },
  'incoming.import': {
    records: [
      {
        receivedAt: '2026-11-27T09:30:00+08:00',
        signedBy: '周丽',
        fromUnitId: 'no-such-unit',
        title: '关于探针的报告',
        docType: 'report',
        secrecyLevel: 'none',
        urgency: 'normal',
        copies: 1,
        incomingClass: 'readOnly',
        addressee: 'county',
      },
    ],
  },
  'incoming.update': {
    id: 'no-such-doc',
    receivedAt: '2026-11-27T09:30:00+08:00',
    signedBy: '周丽',
    fromUnitId: 'no-such-unit',
    title: '关于探针的请示',
    docType: 'request',
    secrecyLevel: 'none',
    urgency: 'normal',
    copies: 1,
    incomingClass: 'request',
    addressee: 'county',
  },
  'incoming.get': { id: 'no-such-doc' },
  'incoming.list': { q: '探针' },
  'incoming.findEarlier': { fromUnitId: 'no-such-unit', docNumber: '凤财发〔2026〕12号' },
  'incoming.pass': { id: 'no-such-doc' },
  'incoming.returnDraft': { id: 'no-such-doc' },
  'incoming.return': { id: 'no-such-doc', reasons: [5], opinion: '请按规范格式重新行文', returnDate: '2026-11-28' },
  'incoming.returnSlip': { id: 'no-such-doc' },
  'incoming.returnLog': { year: 2026 },
  'incoming.propose': { id: 'no-such-doc', proposal: '拟请县长阅示', proposedBy: '陈晓燕', proposedDate: '2026-11-28' },
  'incoming.submit': { id: 'no-such-doc' },
  'incoming.instruct': { id: 'no-such-doc', leaderId: 'no-such-person', text: '同意', date: '2026-11-28' },
  'incoming.assign': { id: 'no-such-doc', hostUnitId: 'no-such-unit', assignedDate: '2026-11-28', deadline: { workingDays: 5 } },
  'incoming.urge': { assignmentId: 'no-such-assignment', date: '2026-11-28', how: '电话', whom: '办公室' },
  'incoming.feedback': { assignmentId: 'no-such-assignment', feedback: '已办理' },
  'incoming.complete': { id: 'no-such-doc', handlingResult: '已办结', doneDate: '2026-11-28' },
  'incoming.dashboard': {},
  'incoming.export': { q: '探针' },
  'outgoing.codes': {},
  'outgoing.addCounter': { name: '探针序列' },
  'outgoing.setIssuingDevice': { counterId: 'no-such-counter', deviceId: 'another-pc' },
  'outgoing.setStartSerial': { counterId: 'no-such-counter', year: 2026, start: 5 },
  'outgoing.addCode': { code: '探政发', counterId: 'no-such-counter' },
  'outgoing.setCodeDisabled': { id: 'no-such-code', disabled: true },
  'outgoing.draft': DRAFT,
  'outgoing.updateDraft': { id: 'no-such-doc', ...DRAFT },
  'outgoing.get': { id: 'no-such-doc' },
  'outgoing.recordFiling': { id: 'no-such-doc', authority: '县人大常委会', date: '2026-11-28', signerId: 'no-such-person' },
  'outgoing.review': { id: 'no-such-doc', reviewer: '陈晓燕', date: '2026-11-28' },
  'outgoing.countersign': { id: 'no-such-doc', unitId: 'no-such-unit', who: '陈晓燕', date: '2026-11-28' },
  'outgoing.sign': { id: 'no-such-doc', personId: 'no-such-person', step: 'sign', date: '2026-11-28' },
  'outgoing.legalReview': { id: 'no-such-doc', reviewer: '县司法局', date: '2026-11-28', conclusion: '合法' },
  'outgoing.takeNumber': { id: 'no-such-doc' },
  'outgoing.voidNumber': { target: { numberId: 'no-such-number' }, reason: '探针', approverId: 'no-such-person' },
  // A number from the paper book names its 代字 in the 发文字号, not by codeId.
  'outgoing.recordHistoricalNumber': {
    ...DRAFT_FIELDS,
    docNumber: '探政办发〔2025〕1号',
    writtenDate: '2025-03-01',
  },
  'outgoing.print': { id: 'no-such-doc', copies: 10, printedDate: '2026-11-28' },
  'outgoing.distribute': { id: 'no-such-doc', recipients: ['县财政局'], date: '2026-11-28' },
  'outgoing.archive': { id: 'no-such-doc', date: '2026-11-28' },
  'outgoing.gapReport': { counterId: 'no-such-counter', year: 2026 },
  'outgoing.list': {},
  'outgoing.export': {},
  'outgoing.dashboard': {},
  'seals.catalog': {},
  'seals.addSeal': { name: '探针专用章', custodian: '探针', approverTitles: ['县长'] },
  'seals.updateSeal': { id: 'no-such-seal', name: '探针专用章', custodian: '探针', approverTitles: ['县长'], retired: false },
  'seals.recordUse': { sealId: 'no-such-seal', useKind: 'other', usedAt: '2026-11-28T09:00', reason: '探针', copies: 1, unitId: 'no-such-unit', handler: '探针', method: 'stamp' },
  'seals.recordReturn': { useId: 'no-such-entry', returnedAt: '2026-11-28T10:00' },
  'seals.correct': { targetId: 'no-such-entry', correctionReason: '探针', sealId: 'no-such-seal', useKind: 'other', usedAt: '2026-11-28T09:00', reason: '探针', copies: 1, unitId: 'no-such-unit', handler: '探针', method: 'stamp' },
  'seals.ledger': {},
  'seals.documents': {},
  'seals.printLedger': { month: '2026-11' },
  'seals.stats': { year: 2026 },
  'seals.verify': {},
  'seals.export': {},
  'classified.register': { title: '探针密件', secrecyLevel: 'secret', secrecyPeriodMonths: 12, receivedDate: '2026-11-28', issuerUnitId: 'no-such-unit', copyNumbers: [1], scope: ['no-such-person'] },
  'classified.update': { id: 'no-such-doc', scope: ['no-such-person'] },
  'classified.get': { id: 'no-such-doc' },
  'classified.list': {},
  'classified.send': { copyId: 'no-such-copy', readerId: 'no-such-person', folderNo: '1', sentAt: '2026-11-28T09:00' },
  'classified.receive': { copyId: 'no-such-copy', returnedAt: '2026-11-28T09:00', signedOff: true },
  'classified.surrender': { copyId: 'no-such-copy', date: '2026-11-28', unitId: 'no-such-unit', receiver: '探针' },
  'classified.board': {},
  'classified.dashboard': {},
  'classified.startCheck': {},
  'classified.check': { id: 'no-such-check' },
  'classified.confirmCopy': { itemId: 'no-such-item' },
  'classified.finishCheck': { id: 'no-such-check' },
  'classified.resolveDiscrepancy': { itemId: 'no-such-item', resolution: '探针' },
  'destruction.draft': { applicant: '探针' },
  'destruction.addItem': { batchId: 'no-such-batch', kind: 'free', title: '探针', reason: '探针' },
  'destruction.withdrawItem': { itemId: 'no-such-item', reason: '探针' },
  'destruction.approve': { batchId: 'no-such-batch', approverId: 'no-such-person', approvedAt: '2026-11-28T09:00' },
  'destruction.execute': { batchId: 'no-such-batch', destroyedAt: '2026-11-28T09:00', method: 'shred', facility: '碎纸机', place: '机要室', supervisors: ['甲', '乙'] },
  'destruction.addNote': { batchId: 'no-such-batch', text: '探针' },
  'destruction.get': { id: 'no-such-batch' },
  'destruction.list': {},
  'destruction.export': {},
  'classified.export': {},
  'destruction.sheet': { id: 'no-such-batch' },
  'sync.status': {},
  'sync.create': { folder: '/no/such/sync/folder', key: 'probe-key-1' },
  'sync.join': { folder: '/no/such/sync/folder', key: 'probe-key-1' },
  'sync.joinAtSetup': { folder: '/no/such/sync/folder', key: 'probe-key-1' },
  'sync.now': {},
  'sync.devices': {},
  'sync.snapshot': {},
  'sync.conflicts': {},
  'sync.resolveConflict': { id: 'no-such-conflict' },
  'backup.overview': {},
  'backup.configure': { folder: '/no/such/backup/folder', keep: 3, daily: false },
  'backup.now': {},
  'backup.list': {},
  'backup.exportAll': {},
  'backup.restore': { file: 'no-such-backup.db', confirm: true },
  'imports.upload': { fileName: '探针.xlsx' },
  'imports.preview': { uploadId: 'mabc1234-no-such-upload-probe01', register: 'incoming' },
  'imports.check': { uploadId: 'mabc1234-no-such-upload-probe01', register: 'incoming', sheet: 'Sheet1', mapping: { headerRow: 1, columns: [] } },
  'imports.run': { uploadId: 'mabc1234-no-such-upload-probe01', register: 'incoming', sheet: 'Sheet1', mapping: { headerRow: 1, columns: [] }, mode: 'all' },
  'imports.rejects': { uploadId: 'mabc1234-no-such-upload-probe01' },
};

const roleMethods = METHOD_NAMES.filter((m) => Array.isArray(API[m].access));
const nonPublic = METHOD_NAMES.filter((m) => API[m].access !== 'public');
const allowed = (m: MethodName): readonly Role[] => API[m].access as readonly Role[];

/** One signed-in user per role (the auditor alone, as the rules require). */
function staff(t: TestCore): { admin: SessionRef; users: { role: Role; id: string; name: string; session: SessionRef }[] } {
  const admin = setUpOffice(t);
  const adminId = t.ok(admin, 'auth.status').user!.id;
  const users = ROLES.map((role) => {
    if (role === 'admin') return { role, id: adminId, name: ADMIN.displayName, session: admin };
    const u = addUser(t, admin, `u-${role}`, [role], `用户${role}`);
    return { role, id: u.id, name: u.displayName, session: signIn(t, `u-${role}`, PASSWORD) };
  });
  return { admin, users };
}

describe('dispatcher', () => {
  const open = useCores();

  it('has a sample input for every method, and each sample passes its schema', () => {
    expect(Object.keys(SAMPLE).sort()).toEqual([...METHOD_NAMES].sort());
    for (const m of METHOD_NAMES) expect(API[m].input.safeParse(SAMPLE[m]).success, m).toBe(true);
  });

  it('answers an unknown method with NOT_FOUND in Chinese', () => {
    const t = open();
    const admin = setUpOffice(t);
    for (const name of ['units.delete', 'audit.delete', 'audit.update', '', 'constructor', '__proto__', 'toString']) {
      const r = t.core.dispatch(admin, name, {});
      expect(r, name).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '没有这项功能。' } });
    }
    expect(t.core.dispatch(admin, 42 as unknown as string, {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('answers invalid input with VALIDATION, the field paths and Chinese messages naming the field', () => {
    const t = open();
    const admin = setUpOffice(t);

    const one = t.core.dispatch(admin, 'units.add', { category: 'countyDept' });
    expect(one).toEqual({ ok: false, error: { code: 'VALIDATION', message: '请填写单位全称', fields: { fullName: '请填写单位全称' } } });

    const blank = t.core.dispatch(admin, 'units.add', { fullName: '   ', category: 'countyDept' });
    expect(blank).toEqual({ ok: false, error: { code: 'VALIDATION', message: '请填写单位全称', fields: { fullName: '请填写单位全称' } } });

    const two = t.core.dispatch(admin, 'units.add', {});
    expect(two).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: '有 2 处需要修改：请填写单位全称；请选择单位类别',
        fields: { fullName: '请填写单位全称', category: '请选择单位类别' },
      },
    });

    const nested = t.core.dispatch(admin, 'users.add', { username: 'ab', displayName: '甲', roles: ['clerk', 'boss'], password: 'long-enough-1' });
    expect(nested).toEqual({ ok: false, error: { code: 'VALIDATION', message: '角色无效', fields: { 'roles.1': '角色无效' } } });

    const tooLong = t.core.dispatch(admin, 'units.add', { fullName: '县'.repeat(61), category: 'countyDept' });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { fullName: '单位全称不能超过60个字' } } });

    const wrongType = t.core.dispatch(admin, 'settings.update', { officeName: '办公室', lockoutAttempts: '5', lockoutMinutes: 15, idleMinutes: 15 });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { lockoutAttempts: '连续输错密码次数应为数字' } } });

    const notAnObject = t.core.dispatch(admin, 'units.add', 'fullName=x');
    expect(notAnObject.ok).toBe(false);
    if (!notAnObject.ok) {
      expect(notAnObject.error.code).toBe('VALIDATION');
      expect(notAnObject.error.message).toMatch(CHINESE);
    }
    // Nothing was written by any of these.
    expect(t.ok(admin, 'units.list')).toEqual([]);
  });

  it('answers every non-public method without a session with UNAUTHENTICATED', () => {
    const t = open();
    setUpOffice(t);
    expect(nonPublic.length).toBeGreaterThan(20);
    for (const m of nonPublic) {
      const r = t.core.dispatch(t.session(), m, SAMPLE[m]);
      expect(r, m).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录。' } });
    }
  });

  // Who may call a method does not depend on what is sent: an anonymous caller learns nothing
  // about the input a method expects, and a forbidden call with a malformed payload is still a
  // denial that must reach the audit trail (R31).
  it('checks the session before the input: no session and an empty or malformed payload is still UNAUTHENTICATED', () => {
    const t = open();
    setUpOffice(t);
    const wrong: string[] = [];
    for (const m of nonPublic) {
      for (const input of [{}, { id: 42, date: 'x', roles: 'admin' }]) {
        const r = t.core.dispatch(t.session(), m, input);
        if (r.ok || r.error.code !== 'UNAUTHENTICATED') wrong.push(`${m}: ${r.ok ? 'ok' : r.error.code}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('R31: for every method with a role list, a user with none of the roles gets FORBIDDEN and the refusal is audited', () => {
    const t = open();
    const { users } = staff(t);
    let denials = 0;
    for (const m of roleMethods) {
      for (const u of users.filter((x) => !allowed(m).includes(x.role))) {
        const audits0 = count(t, 'audit_log');
        const r = t.core.dispatch(u.session, m, SAMPLE[m]);
        expect(r, `${m} as ${u.role}`).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: `您没有“${API[m].title}”的权限。` } });
        expect(count(t, 'audit_log'), `${m} as ${u.role}`).toBe(audits0 + 1);
        const entry = lastAudit(t);
        expect(entry.title.startsWith('拒绝'), entry.title).toBe(true);
        expect(entry).toMatchObject({ method: m, title: `拒绝：${API[m].title}`, user_id: u.id, user_name: u.name });
        denials += 1;
      }
    }
    expect(denials).toBeGreaterThan(40);
  });

  it('R31: for every method with a role list, a user holding one of the roles is not refused for his role', () => {
    const t = open();
    const { users } = staff(t);
    let calls = 0;
    for (const m of roleMethods) {
      for (const u of users.filter((x) => allowed(m).includes(x.role))) {
        const r = t.core.dispatch(u.session, m, SAMPLE[m]);
        if (!r.ok) {
          expect(['VALIDATION', 'NOT_FOUND', 'CONFLICT'], `${m} as ${u.role}: ${r.error.code} ${r.error.message}`).toContain(r.error.code);
        }
        expect(lastAudit(t).title.startsWith('拒绝'), `${m} as ${u.role}`).toBe(false);
        calls += 1;
      }
    }
    expect(calls).toBeGreaterThan(20);
  });

  it('R31: a forbidden call with a malformed payload is still FORBIDDEN and audited', () => {
    const t = open();
    const { users } = staff(t);
    const wrong: string[] = [];
    for (const m of roleMethods) {
      for (const u of users.filter((x) => !allowed(m).includes(x.role))) {
        const audits0 = count(t, 'audit_log');
        const r = t.core.dispatch(u.session, m, {});
        const audited = count(t, 'audit_log') === audits0 + 1 && lastAudit(t).title.startsWith('拒绝');
        if (r.ok || r.error.code !== 'FORBIDDEN' || !audited) wrong.push(`${m} as ${u.role}: ${r.ok ? 'ok' : r.error.code}, audited ${audited}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the auditor reaches audit.list and audit.verify and otherwise only the signed-in and public methods', () => {
    const t = open();
    const { users } = staff(t);
    const auditor = users.find((u) => u.role === 'auditor')!;
    // Only the audit trail is open to the auditor's role...
    expect(roleMethods.filter((m) => allowed(m).includes('auditor')).sort()).toEqual(['audit.list', 'audit.verify']);
    // ...and to nobody else.
    expect(allowed('audit.list')).toEqual(['auditor']);
    expect(allowed('audit.verify')).toEqual(['auditor']);
    expect(t.call(auditor.session, 'audit.list', { limit: 5 }).ok).toBe(true);
    expect(t.call(auditor.session, 'audit.verify').ok).toBe(true);
    expect(t.call(auditor.session, 'audit.recordOutput', { kind: 'export', what: '审计日志' }).ok).toBe(true);
    expect(t.call(auditor.session, 'auth.status').ok).toBe(true);
    for (const m of roleMethods.filter((x) => !x.startsWith('audit.'))) {
      const r = t.core.dispatch(auditor.session, m, SAMPLE[m]);
      expect(r.ok ? 'ok' : r.error.code, m).toBe('FORBIDDEN');
    }
    const admin = users.find((u) => u.role === 'admin')!;
    expect(t.call(admin.session, 'audit.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(t.call(admin.session, 'audit.verify')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it("a disabled user's open session stops working at the next call", () => {
    const t = open();
    const admin = setUpOffice(t);
    const u = addUser(t, admin, 'clerk1', ['clerk'], '张秘书');
    const clerk = signIn(t, 'clerk1', PASSWORD);
    expect(t.call(clerk, 'units.list').ok).toBe(true);
    t.ok(admin, 'users.update', { id: u.id, displayName: '张秘书', roles: ['clerk'], disabled: true });
    expect(t.call(clerk, 'units.list')).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录。' } });
    expect(t.ok(clerk, 'auth.status').user).toBeNull();
    // Enabling the account again does not revive the old session.
    t.ok(admin, 'users.update', { id: u.id, displayName: '张秘书', roles: ['clerk'], disabled: false });
    expect(t.call(clerk, 'units.list')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('a role removed or added takes effect on the next call', () => {
    const t = open();
    const admin = setUpOffice(t);
    const u = addUser(t, admin, 'keeper', ['clerk', 'sealKeeper'], '李印');
    const s = signIn(t, 'keeper', PASSWORD);
    expect(t.call(s, 'units.add', { fullName: '县档案局', category: 'countyDept' }).ok).toBe(true);
    t.ok(admin, 'users.update', { id: u.id, displayName: '李印', roles: ['sealKeeper'], disabled: false });
    expect(t.call(s, 'units.add', { fullName: '县审计局', category: 'countyDept' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(t.ok(s, 'auth.status').user!.roles).toEqual(['sealKeeper']);
    t.ok(admin, 'users.update', { id: u.id, displayName: '李印', roles: ['sealKeeper', 'admin'], disabled: false });
    expect(t.call(s, 'settings.get').ok).toBe(true);
  });

  it('a locked session gets LOCKED for everything but status, unlock and logout', () => {
    const t = open();
    const admin = setUpOffice(t);
    t.ok(admin, 'auth.lock');
    for (const m of nonPublic.filter((x) => !['auth.unlock', 'auth.logout'].includes(x))) {
      const r = t.core.dispatch(admin, m, SAMPLE[m]);
      expect(r, m).toEqual({ ok: false, error: { code: 'LOCKED', message: '已锁定，请输入密码解锁。' } });
    }
    expect(t.ok(admin, 'auth.status').locked).toBe(true);
  });

  it('a locked session gets LOCKED also when the payload is malformed', () => {
    const t = open();
    const admin = setUpOffice(t);
    t.ok(admin, 'auth.lock');
    const wrong: string[] = [];
    for (const m of nonPublic.filter((x) => !['auth.unlock', 'auth.logout'].includes(x))) {
      const r = t.core.dispatch(admin, m, {});
      if (r.ok || r.error.code !== 'LOCKED') wrong.push(`${m}: ${r.ok ? 'ok' : r.error.code}`);
    }
    expect(wrong).toEqual([]);
  });

  it('never throws: a handler crash comes back as INTERNAL in Chinese', () => {
    const t = open();
    const admin = setUpOffice(t);
    t.core.close();
    const r = (() => {
      const original = console.error;
      console.error = () => {};
      try {
        return t.core.dispatch(admin, 'units.list', {});
      } finally {
        console.error = original;
      }
    })();
    expect(r).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(CHINESE) } });
  });
});
