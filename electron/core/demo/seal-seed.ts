import { addDays, nowInShanghai, todayInShanghai } from '../../../shared/dates';
import { seededRandom } from '../../../shared/random';
import type { LedgerEntry, Seal, StampableDocument } from '../../../shared/seals/api';
import type { SessionRef } from '../index';

type Call = <T = { id: string }>(session: SessionRef, method: string, input: unknown) => T;

/** Days of ledger before today, and uses of other kinds among them. */
const DAYS = 80;
const OTHER_USES = 30;

const OTHER_REASONS: [string, string][] = [
  ['出具项目资金配套承诺函', '关于某项目县级配套资金的承诺函'],
  ['报送年度工作总结', '县政府年度工作总结'],
  ['出具干部任职证明', '任职证明'],
  ['签订框架合作协议', '战略合作框架协议'],
  ['上报专项资金申请', '专项资金申请报告'],
  ['出具情况说明', '有关情况的说明'],
];

/** Who approves each seal in the demo: the first 职务 of art. 21's list, sometimes the second. */
const APPROVERS: Record<string, string[]> = {
  县人民政府印章: ['县长', '常务副县长'],
  县政府办印章: ['办公室主任', '办公室副主任'],
  县长专用章: ['县长'],
};

/**
 * The 用印登记簿 of the demo office, as the seal keeper through the public API: 公文用印 of
 * printed documents within their 印数, approved uses of each seal in time order, a 外带 that
 * came back, one still out at `now`, and a 更正 of a wrong 份数.
 */
export function seedSeals(call: Call, keeper: SessionRef, now: Date, unitIds: Map<string, string>, people: Map<string, string>): void {
  const random = seededRandom(21);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const today = todayInShanghai(now);
  const seals = call<Seal[]>(keeper, 'seals.catalog', {});
  const units = [...unitIds.values()].slice(0, 15);
  const at = (daysAgo: number, hour: number) => `${addDays(today, -daysAgo)}T${String(hour).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`;

  // One day at a time, oldest first, so no use falls inside a 外带 recorded later.
  const otherDays = new Set(Array.from({ length: OTHER_USES }, () => 1 + Math.floor(random() * DAYS)));
  let takeOutDone = false;
  let lastOther: LedgerEntry | null = null;
  for (let day = DAYS; day >= 1; day--) {
    if (!otherDays.has(day)) continue;
    const seal = pick(seals);
    const [reason, fileName] = pick(OTHER_REASONS);
    const takeOut = !takeOutDone && day < DAYS / 2 && seal.name === '县人民政府印章';
    const usedAt = at(day, 10);
    lastOther = call<LedgerEntry>(keeper, 'seals.recordUse', {
      sealId: seal.id,
      useKind: 'other',
      usedAt,
      reason: takeOut ? '外出签订招商引资合同' : reason,
      fileName,
      copies: 1 + Math.floor(random() * 4),
      unitId: pick(units),
      handler: pick(['刘洋', '陈静', '黄磊', '周敏']),
      approverId: people.get(pick(APPROVERS[seal.name]))!,
      approvedAt: `${usedAt.slice(0, 10)}T09:00`,
      method: takeOut ? 'takeOut' : 'stamp',
    });
    if (takeOut) {
      call(keeper, 'seals.recordReturn', { useId: lastOther.id, returnedAt: `${usedAt.slice(0, 10)}T17:30`, remarks: '印章完好' });
      takeOutDone = true;
    }
  }
  if (lastOther) {
    const { id, kind: _k, serial: _s, year: _y, ...values } = lastOther;
    call(keeper, 'seals.correct', { ...values, targetId: id, copies: values.copies + 1, correctionReason: '份数登记错误，以经办人签字的份数为准' });
  }

  // 公文用印: the last two hours' stamping of recently printed documents, each within its 印数.
  const officeSeal = seals.find((s) => s.name === '县政府办印章')!;
  const minutesAgo = (m: number) => nowInShanghai(new Date(now.getTime() - m * 60_000));
  call<StampableDocument[]>(keeper, 'seals.documents', { term: '' }).slice(0, 12).forEach((doc, i) => {
    call(keeper, 'seals.recordUse', {
      sealId: officeSeal.id,
      useKind: 'document',
      outgoingId: doc.id,
      usedAt: minutesAgo(120 - i * 5),
      reason: '发文用印',
      copies: Math.max(1, Math.min(doc.copies - doc.stamped, Math.floor(doc.copies / 2))),
      unitId: pick(units),
      handler: '周敏',
      method: 'stamp',
    });
  });

  // Out right now: the 县长专用章, taken to a signing this morning.
  const headSeal = seals.find((s) => s.name === '县长专用章')!;
  const usedAt = minutesAgo(30);
  call(keeper, 'seals.recordUse', {
    sealId: headSeal.id,
    useKind: 'other',
    usedAt,
    reason: '县长出席项目签约仪式签署合同',
    fileName: '项目投资合同',
    copies: 4,
    unitId: pick(units),
    handler: '黄磊',
    approverId: people.get('县长')!,
    approvedAt: usedAt,
    method: 'takeOut',
  });
}
