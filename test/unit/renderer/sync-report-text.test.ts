import { describe, expect, it } from 'vitest';
import type { SyncReport } from '../../../shared/sync/api';
import { deviceNamer, reportFigures, reportHeadline, reportTone, shortDeviceId, syncTimeText, topBarText } from '../../../renderer/sync/report-text';

const OK: SyncReport = {
  at: '2026-10-08T02:35:12.000Z',
  reachable: true,
  problem: null,
  published: 3,
  filesApplied: 2,
  received: 5,
  quarantined: [],
  pending: 0,
  conflicts: 0,
  clockWarnings: [],
  newDeviceId: null,
};
const NOW = new Date('2026-10-08T09:00:00.000Z');
const FOLDER_GONE = '找不到同步文件夹 E:\\文秘同步：网络盘未连接或U盘未插入？';

describe('reportTone and the top bar line', () => {
  it('is quiet when everything synced', () => {
    expect(reportTone(OK)).toBe('ok');
    expect(topBarText(OK, NOW)).toBe('同步 10:35 正常');
  });

  it('never synced is no warning', () => {
    expect(reportTone(null)).toBe('ok');
    expect(topBarText(null, NOW)).toBe('同步：尚未同步');
  });

  it('is a problem when the folder could not be used or sync broke off', () => {
    const away = { ...OK, reachable: false, problem: FOLDER_GONE, published: 0 };
    expect(reportTone(away)).toBe('problem');
    expect(topBarText(away, NOW)).toBe('同步 10:35 未连接');
    const broken = { ...OK, problem: '同步中断：EIO；已完成的部分已保存，下次同步会继续。' };
    expect(reportTone(broken)).toBe('problem');
    expect(topBarText(broken, NOW)).toBe('同步 10:35 中断');
  });

  it('warns of files that failed their checks first, then conflicts, then clocks', () => {
    const all = { ...OK, quarantined: [{ deviceId: 'd', seq: 2, reason: '文件内容与校验值不符，可能被截断或改动' }], conflicts: 2, clockWarnings: ['本机的时钟与同步文件夹相差约 12 分钟'] };
    expect(reportTone(all)).toBe('warn');
    expect(topBarText(all, NOW)).toBe('同步 10:35 1 个文件有问题');
    expect(topBarText({ ...all, quarantined: [] }, NOW)).toBe('同步 10:35 2 条冲突');
    expect(topBarText({ ...all, quarantined: [], conflicts: 0 }, NOW)).toBe('同步 10:35 时钟不准');
  });

  it('gives the date when the last sync was not today (office clock)', () => {
    // 01:00 on the 8th in the office is still the 7th in UTC: the same day as NOW there.
    expect(syncTimeText('2026-10-07T17:00:00.000Z', NOW)).toBe('01:00');
    expect(syncTimeText('2026-10-06T08:00:00.000Z', NOW)).toBe('10-06 16:00');
  });
});

describe('reportHeadline and reportFigures', () => {
  it('says what was sent and received, zero included', () => {
    expect(reportHeadline(OK)).toBe('同步完成');
    expect(reportFigures(OK)).toEqual(['发出 3 条更改和审计记录', '收到 2 个文件，共 5 条更改']);
    expect(reportFigures({ ...OK, published: 0, filesApplied: 0, received: 0 })[1]).toBe('收到 0 个文件，共 0 条更改');
  });

  it('mentions changes still waiting for their record', () => {
    expect(reportFigures({ ...OK, pending: 4 }).slice(2)).toEqual(['4 条更改暂未应用：它所属的记录尚未收到，或需要升级本机程序；以后每次同步会再试']);
  });

  it('carries the core sentence of a folder that could not be used, and no figures', () => {
    const away = { ...OK, reachable: false, problem: FOLDER_GONE };
    expect(reportHeadline(away)).toBe(`同步未完成：${FOLDER_GONE}`);
    expect(reportFigures(away)).toEqual([]);
  });
});

describe('deviceNamer', () => {
  const A = '01a2212c-2f77-7dc4-bc60-36bfda45755e';
  const B = '01a2212c-2fe4-7483-9f8e-f0e9dc69d5cb';
  it('tells apart PCs whose ids begin alike, names them when named, and marks this one', () => {
    expect(shortDeviceId(A)).not.toBe(shortDeviceId(B));
    const name = deviceNamer([
      { deviceId: A, name: '收发室电脑', isThis: false, lastHeard: null },
      { deviceId: B, name: '', isThis: true, lastHeard: null },
    ]);
    expect(name(A)).toBe('收发室电脑');
    expect(name(B)).toBe('电脑 69d5cb（本机）');
    expect(name('0190aaaa-0000-7000-8000-00000000beef')).toBe('电脑 00beef');
  });
});
