import { addDays, todayInShanghai } from '../../../shared/dates';
import type { Core, SessionRef } from '../index';
import { DEMO_OFFICE, DEMO_PEOPLE, DEMO_UNITS, DEMO_USERS } from './data';
import { agencyCode, generateIncoming, take } from './incoming-generator';
import { seedOutgoing } from './outgoing-seed';
import { seedSeals } from './seal-seed';
import { seedClassified } from './classified-seed';

/** Incoming documents of the last three months in the demo office. */
const DEMO_INCOMING = 300;

/**
 * Fills an empty data folder with a sample office through the public API, so
 * the demo data passes the same rules, write path and audit trail as real data.
 * Returns the logins to print.
 */
export function seedDemo(core: Core, now = new Date()): typeof DEMO_USERS {
  const call = <T = { id: string }>(session: SessionRef, method: string, input: unknown): T => {
    const r = core.dispatch(session, method, input);
    if (!r.ok) throw new Error(`demo data refused at ${method}: ${r.error.message}`);
    return r.value as T;
  };
  const admin = core.newSession();
  const [adminUser, ...others] = DEMO_USERS;
  call(admin, 'auth.setup', {
    officeName: DEMO_OFFICE,
    username: adminUser.username,
    displayName: adminUser.displayName,
    password: adminUser.password,
  });
  for (const u of others) call(admin, 'users.add', u);
  const unitIds = new Map<string, string>();
  for (const [fullName, shortName, category] of DEMO_UNITS) {
    unitIds.set(fullName, call(admin, 'units.add', { fullName, shortName, category }).id);
  }
  const people = new Map<string, string>();
  for (const [name, title, unit] of DEMO_PEOPLE) {
    people.set(title, call(admin, 'people.add', { name, title, unitId: unit ? unitIds.get(unit) : null }).id);
  }
  call(admin, 'auth.logout', {});

  const clerkUser = DEMO_USERS.find((u) => u.roles.includes('clerk'))!;
  const clerk = core.newSession();
  call(clerk, 'auth.login', { username: clerkUser.username, password: clerkUser.password });
  const today = todayInShanghai(now);
  const units = [...unitIds].map(([fullName, id]) => ({ id, code: agencyCode(fullName) }));
  const records = take(generateIncoming(units, DEMO_INCOMING, { from: addDays(today, -90), to: addDays(today, -1) }), DEMO_INCOMING);
  call(clerk, 'incoming.import', { records });
  seedWork(call, clerk, today, unitIds, people.get('县长')!);
  seedOutgoing(call, clerk, now, unitIds, people);

  const officerUser = DEMO_USERS.find((u) => u.roles.includes('secrecyOfficer'))!;
  const officer = core.newSession();
  call(officer, 'auth.login', { username: officerUser.username, password: officerUser.password });
  seedClassified(call, officer, clerk, now, people);
  call(officer, 'auth.logout', {});
  call(clerk, 'auth.logout', {});

  const keeperUser = DEMO_USERS.find((u) => u.roles.includes('sealKeeper'))!;
  const keeper = core.newSession();
  call(keeper, 'auth.login', { username: keeperUser.username, password: keeperUser.password });
  seedSeals(call, keeper, now, unitIds, people);
  call(keeper, 'auth.logout', {});
  return DEMO_USERS;
}

type Call = <T = { id: string }>(session: SessionRef, method: string, input: unknown) => T;

/** A little of everything the register goes through: screened, returned, signed, assigned, urged and done. */
function seedWork(call: Call, clerk: SessionRef, today: string, unitIds: Map<string, string>, countyHead: string): void {
  const oldest = call<{ rows: { id: string; receivedDate: string; incomingClass: string }[] }>(clerk, 'incoming.list', {
    sort: 'receiptNo',
    limit: 500,
  }).rows.reverse();
  const requests = oldest.filter((r) => r.incomingClass !== 'readOnly');
  const water = unitIds.get('凤凰县水利局')!;
  const farm = unitIds.get('凤凰县农业农村局')!;
  requests.slice(0, 12).forEach((doc, i) => {
    call(clerk, 'incoming.pass', { id: doc.id });
    call(clerk, 'incoming.propose', { id: doc.id, proposal: '拟请县长阅示', proposedBy: '陈晓燕', proposedDate: doc.receivedDate });
    call(clerk, 'incoming.submit', { id: doc.id });
    if (i < 3) return; // left waiting for the leader's 批示
    call(clerk, 'incoming.instruct', { id: doc.id, leaderId: countyHead, text: '请水利局牵头，农业农村局配合，抓紧办理。', date: doc.receivedDate });
    const record = call<{ assignments: { id: string }[] }>(clerk, 'incoming.assign', {
      id: doc.id,
      hostUnitId: water,
      assistUnitIds: [farm],
      assignedDate: doc.receivedDate,
      deadline: { workingDays: i < 8 ? 10 : 60 },
    });
    if (i % 3 === 0) {
      call(clerk, 'incoming.urge', { assignmentId: record.assignments[0].id, date: today, how: '电话', whom: '水利局办公室', result: '答应三日内报送办理情况' });
    }
    if (i === 9) call(clerk, 'incoming.feedback', { assignmentId: record.assignments[0].id, feedback: '已完成现场勘查，正在制定方案' });
    if (i >= 10) {
      for (const a of record.assignments) call(clerk, 'incoming.feedback', { assignmentId: a.id, feedback: '已按批示办理完毕', doneDate: today });
      call(clerk, 'incoming.complete', { id: doc.id, handlingResult: '已按县长批示办理完毕，情况已报县政府', doneDate: today });
    }
  });
  const [late] = oldest.slice(-20).filter((r) => r.incomingClass !== 'readOnly');
  if (late) {
    call(clerk, 'incoming.return', {
      id: late.id,
      reasons: [5],
      opinion: '请按《党政机关公文格式》规范行文后重新报送。',
      returnDate: today,
    });
  }
}
