import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../../shared/api';
import type { OutgoingRow } from '../../../shared/outgoing/api';
import { OUTGOING_STATE_LABELS } from '../../../shared/outgoing/states';
import type { SessionRef } from '../../../electron/core';
import { OUTGOING_EXPORT_HEADERS } from '../../../electron/core/outgoing/export';
import { signIn, type TestCore } from '../../helpers/core';
import { draft, outgoingOffice, signed, take } from './outgoing-support';
import { addUser, downloadExport, lastAudit, PASSWORD, useCores } from './support';

type ListInput = InputOf<'outgoing.list'>;

function allRows(t: TestCore, s: SessionRef, input: ListInput): OutgoingRow[] {
  const rows: OutgoingRow[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = t.ok(s, 'outgoing.list', { ...input, cursor, limit: 500 });
    rows.push(...page.rows);
    if (!page.nextCursor) return rows;
    cursor = page.nextCursor;
  }
}

const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));

describe('outgoing.export', () => {
  const open = useCores();

  it('writes the rows of the filtered list in its order, across pages, and leaves 收文 export as it was', async () => {
    const t = open();
    const o = outgoingOffice(t);
    for (let i = 0; i < 1_050; i += 1) {
      t.clock.ms += 1;
      draft(t, o, { title: `关于第${i}项${i % 3 ? '冬季防火' : '防汛'}工作的通知` });
    }
    for (let i = 0; i < 3; i += 1) take(t, o.clerk, signed(t, o).id);
    for (const filters of [{}, { sort: 'number' }, { q: '防汛', state: 'draft' }, { state: 'numbered', sort: 'writtenDate' }] as ListInput[]) {
      const expected = allRows(t, o.clerk, filters);
      const file = await downloadExport(t, o.clerk, t.ok(o.clerk, 'outgoing.export', filters).ticket);
      expect(file.sheetName).toBe('发文登记');
      expect(file.header).toEqual(OUTGOING_EXPORT_HEADERS);
      expect(file.rows, JSON.stringify(filters)).toBe(expected.length);
      expect(file.body.map((r) => [text(r[0]), text(r[1]), text(r[14])])).toEqual(
        expected.map((r) => [r.docNumber, r.title, OUTGOING_STATE_LABELS[r.state]]),
      );
    }
    expect(lastAudit(t).detail).toContain('状态 已编号；按成文日期');
    const incoming = t.ok(o.clerk, 'incoming.export', {});
    expect((await downloadExport(t, o.clerk, incoming.ticket)).sheetName).toBe('收文登记');
  });

  it('masks classified titles for roles without need to know, and a search never finds them', async () => {
    const t = open();
    const o = outgoingOffice(t);
    addUser(t, o.admin, 'seal', ['sealKeeper'], '印章管理员');
    const seal = signIn(t, 'seal', PASSWORD);
    draft(t, o, { title: '关于导弹营区选址的请示', secrecyLevel: 'secret', secrecyPeriodMonths: 120, publicity: 'withheld', publicityReason: '涉密' });
    const forSeal = await downloadExport(t, seal, t.ok(seal, 'outgoing.export', {}).ticket);
    expect(forSeal.body.map((r) => r[1])).toEqual(['「密件」']);
    expect((await downloadExport(t, seal, t.ok(seal, 'outgoing.export', { q: '导弹' }).ticket)).rows).toBe(0);
    expect(lastAudit(t).detail).toContain('（密件标题已隐去）');
    const forClerk = await downloadExport(t, o.clerk, t.ok(o.clerk, 'outgoing.export', { q: '导弹' }).ticket);
    expect(forClerk.body.map((r) => r[1])).toEqual(['关于导弹营区选址的请示']);
  });
});
