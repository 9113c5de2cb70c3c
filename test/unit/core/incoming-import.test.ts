import { describe, expect, it } from 'vitest';
import { agencyCode, generateIncoming, take } from '../../../electron/core/demo/incoming-generator';
import { setUpOffice, signIn } from '../../helpers/core';
import { addUser, auditRows, count, PASSWORD, useCores } from './support';

describe('incoming.import (batch registration)', () => {
  const open = useCores();

  function office() {
    const t = open();
    const admin = setUpOffice(t);
    addUser(t, admin, 'clerk', ['clerk'], '周丽');
    const clerk = signIn(t, 'clerk', PASSWORD);
    const units = ['凤凰县财政局', '沱江镇人民政府'].map((fullName) => ({
      id: t.ok(admin, 'units.add', { fullName, category: 'countyDept' }).id,
      code: agencyCode(fullName),
    }));
    return { t, admin, clerk, units };
  }

  it('numbers every record in order, across years, indexes them for search, and audits the batch once', () => {
    const { t, clerk, units } = office();
    const before = t.ok(clerk, 'incoming.register', {
      receivedAt: '2025-12-30T09:00:00+08:00',
      signedBy: '周丽',
      fromUnitId: units[0].id,
      title: '关于年终决算的报告',
      docType: 'report',
      secrecyLevel: 'none',
      urgency: 'normal',
      copies: 1,
      incomingClass: 'readOnly',
      addressee: 'county',
    });
    expect(before.receiptNo).toBe('收〔2025〕1号');
    const records = take(generateIncoming(units, 40, { from: '2025-12-29', to: '2026-01-04' }), 40);
    records[17].title = '关于鳌峰寨村道路硬化的请示';
    const audits = count(t, 'audit_log');
    const result = t.ok(clerk, 'incoming.import', { records });
    expect(result.count).toBe(40);
    const serials = t.core.connection.sqlite.prepare('SELECT year, serial FROM incoming ORDER BY fts_rowid').all() as { year: number; serial: number }[];
    const byYear = (y: number) => serials.filter((s) => s.year === y).map((s) => s.serial);
    const n2025 = byYear(2025).length;
    expect(byYear(2025)).toEqual(Array.from({ length: n2025 }, (_, i) => i + 1));
    expect(byYear(2026)).toEqual(Array.from({ length: serials.length - n2025 }, (_, i) => i + 1));
    expect(result.firstReceiptNo).toBe('收〔2025〕2号');
    expect(count(t, 'audit_log')).toBe(audits + 1);
    expect(auditRows(t).at(-1)).toMatchObject({ method: 'incoming.import', table_name: 'incoming', record_id: null, detail: '批量 40 条' });
    expect(count(t, 'change_log')).toBeGreaterThanOrEqual(41);
    expect(t.ok(clerk, 'incoming.list', { q: '鳌峰寨' }).rows.map((r) => r.title)).toEqual(['关于鳌峰寨村道路硬化的请示']);
  });

  it('two full batches and a registration in the same millisecond each get their own search key', () => {
    const { t, clerk, units } = office();
    for (let b = 0; b < 2; b++) t.ok(clerk, 'incoming.import', { records: take(generateIncoming(units, 1000, { from: '2026-11-01', to: '2026-11-27' }), 1000) });
    const one = t.ok(clerk, 'incoming.register', {
      receivedAt: '2026-11-28T09:00:00+08:00',
      signedBy: '周丽',
      fromUnitId: units[0].id,
      title: '同一毫秒登记的收文',
      docType: 'report',
      secrecyLevel: 'none',
      urgency: 'normal',
      copies: 1,
      incomingClass: 'readOnly',
      addressee: 'county',
    });
    expect(one.receiptNo).toBe('收〔2026〕2001号');
    expect(t.ok(clerk, 'incoming.list', { q: '同一毫秒' }).rows.map((r) => r.id)).toEqual([one.id]);
  });

  it('refuses the whole batch when one record breaks a rule, naming the record and the field, and saves nothing', () => {
    const { t, clerk, units } = office();
    const records = take(generateIncoming(units, 5, { from: '2026-11-02', to: '2026-11-06' }), 5);
    records[3] = { ...records[3], secrecyLevel: 'secret', secrecyPeriodMonths: null, copyNumbers: [] };
    const rows = count(t, 'incoming');
    const r = t.call(clerk, 'incoming.import', { records });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/^第 4 条：/), fields: { 'records.3.secrecyPeriodMonths': expect.stringContaining('保密期限') } },
    });
    expect(count(t, 'incoming')).toBe(rows);
  });
});
