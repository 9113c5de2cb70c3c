import type { ReactNode } from 'react';
import { API, type Access } from '../../shared/api';
import { STAFF } from '../../shared/auth/roles';
import { AuditPage } from '../audit/AuditPage';
import { BackupPage } from '../backup/BackupPage';
import { CalendarPage } from '../calendar/CalendarPage';
import { BoardPage } from '../classified/BoardPage';
import { CheckPage } from '../classified/CheckPage';
import { ClassifiedPage } from '../classified/ClassifiedPage';
import { DestructionPage } from '../destruction/DestructionPage';
import { HomePage } from '../home/HomePage';
import { ImportPage } from '../imports/ImportPage';
import { IncomingPage } from '../incoming/IncomingPage';
import { ReturnLogPage } from '../incoming/ReturnLogPage';
import { PeoplePage } from '../people/PeoplePage';
import { CirculationSlipPage } from '../print/CirculationSlipPage';
import { DestructionSheetPage } from '../print/DestructionSheetPage';
import { ProcessingSlipPage } from '../print/ProcessingSlipPage';
import { ReturnSlipPage } from '../print/ReturnSlipPage';
import { SettingsPage } from '../settings/SettingsPage';
import { ConflictsPage } from '../sync/ConflictsPage';
import { SyncPage } from '../sync/SyncPage';
import { UnitsPage } from '../units/UnitsPage';
import { UsersPage } from '../users/UsersPage';
import { NotOpenPage } from './NotOpenPage';
import { CodesPage } from '../outgoing/CodesPage';
import { GapReportPage } from '../outgoing/GapReportPage';
import { OutgoingPage } from '../outgoing/OutgoingPage';
import { DraftSheetPage } from '../print/DraftSheetPage';
import { SealLedgerPage } from '../print/SealLedgerPage';
import { SealCatalogPage } from '../seals/SealCatalogPage';
import { SealsPage } from '../seals/SealsPage';
import { SealStatsPage } from '../seals/SealStatsPage';

export interface Route {
  path: string;
  label: string;
  /** Nav entries under one heading (字典) are grouped by it. */
  group?: string;
  /** Who sees the entry: the access list of the method the screen cannot work without. */
  access: Access;
  render: () => ReactNode;
  /** Also matches '<path>/<more>' (the screen reads the rest itself), e.g. a print preview of one record. */
  prefix?: boolean;
  /** Not listed in the navigation: reached from another screen. */
  hidden?: boolean;
}

// The registers have no methods in the contract yet; until they do, they are shown to the staff roles.
const notOpen = (path: string, label: string, purpose: string): Route => ({
  path,
  label,
  access: STAFF,
  render: () => <NotOpenPage title={label} purpose={purpose} />,
});

/** A screen with a part for each of several methods (the 工作台) is shown to the roles of any of them. */
const anyRoleOf = (...lists: Access[]): Access => lists.flatMap((a) => (typeof a === 'string' ? [] : a));

/** The left navigation, in the order of ui.md. */
export const ROUTES: Route[] = [
  // The clerk's and the secrecy officer's 工作台 come first, so it is where they land after logging in.
  { path: '/home', label: '工作台', access: anyRoleOf(API['incoming.dashboard'].access, API['classified.dashboard'].access), render: () => <HomePage /> },
  { path: '/incoming', label: '收文登记', access: API['incoming.list'].access, render: () => <IncomingPage /> },
  {
    path: '/incoming/returns',
    label: '退文登记',
    access: API['incoming.returnLog'].access,
    render: () => <ReturnLogPage />,
    hidden: true,
  },
  { path: '/outgoing', label: '发文登记', access: API['outgoing.list'].access, render: () => <OutgoingPage /> },
  {
    path: '/outgoing/gaps',
    label: '缺号报告',
    access: API['outgoing.gapReport'].access,
    render: () => <GapReportPage />,
    hidden: true,
  },
  { path: '/seals', label: '用印登记', access: API['seals.ledger'].access, render: () => <SealsPage /> },
  {
    path: '/seals/stats',
    label: '用印统计',
    access: API['seals.stats'].access,
    render: () => <SealStatsPage />,
    hidden: true,
  },
  { path: '/classified', label: '密件传阅', access: API['classified.list'].access, render: () => <ClassifiedPage /> },
  {
    path: '/classified/board',
    label: '传阅看板',
    access: API['classified.board'].access,
    render: () => <BoardPage />,
    hidden: true,
  },
  {
    path: '/classified/check',
    label: '密件清查',
    access: API['classified.check'].access,
    render: () => <CheckPage />,
    hidden: true,
  },
  { path: '/destruction', label: '销毁登记', access: API['destruction.list'].access, render: () => <DestructionPage /> },
  { path: '/import', label: '导入', access: API['imports.run'].access, render: () => <ImportPage /> },
  notOpen('/stats', '统计', '按年度、来文单位和办理情况统计各登记簿的件数和超期情况。'),
  { path: '/units', label: '单位名录', group: '字典', access: API['units.list'].access, render: () => <UnitsPage /> },
  { path: '/people', label: '人员名录', group: '字典', access: API['people.list'].access, render: () => <PeoplePage /> },
  { path: '/outgoing/codes', label: '机关代字', group: '字典', access: API['outgoing.addCode'].access, render: () => <CodesPage /> },
  { path: '/seals/catalog', label: '印章', group: '字典', access: API['seals.addSeal'].access, render: () => <SealCatalogPage /> },
  { path: '/calendar', label: '节假日', group: '字典', access: API['calendar.year'].access, render: () => <CalendarPage /> },
  { path: '/users', label: '用户', access: API['users.list'].access, render: () => <UsersPage /> },
  { path: '/audit', label: '审计', access: API['audit.list'].access, render: () => <AuditPage /> },
  { path: '/settings', label: '设置', access: API['settings.get'].access, render: () => <SettingsPage /> },
  { path: '/settings/sync', label: '同步', access: API['sync.create'].access, render: () => <SyncPage /> },
  { path: '/settings/backup', label: '备份', access: API['backup.overview'].access, render: () => <BackupPage /> },
  {
    path: '/settings/sync/conflicts',
    label: '同步冲突',
    access: API['sync.conflicts'].access,
    render: () => <ConflictsPage />,
    hidden: true,
  },
  {
    path: '/print/return-slip',
    label: '退文处理单',
    access: API['incoming.returnSlip'].access,
    render: () => <ReturnSlipPage />,
    prefix: true,
    hidden: true,
  },
  {
    path: '/print/processing-slip',
    label: '收文处理单',
    access: API['incoming.get'].access,
    render: () => <ProcessingSlipPage />,
    prefix: true,
    hidden: true,
  },
  {
    path: '/print/draft-sheet',
    label: '发文稿纸',
    access: API['outgoing.get'].access,
    render: () => <DraftSheetPage />,
    prefix: true,
    hidden: true,
  },
  {
    path: '/print/seal-ledger',
    label: '用印登记簿',
    access: API['seals.printLedger'].access,
    render: () => <SealLedgerPage />,
    hidden: true,
  },
  {
    path: '/print/circulation-slip',
    label: '密件传阅单',
    access: API['classified.get'].access,
    render: () => <CirculationSlipPage />,
    prefix: true,
    hidden: true,
  },
  {
    path: '/print/destruction-sheet',
    label: '销毁清单',
    access: API['destruction.sheet'].access,
    render: () => <DestructionSheetPage />,
    prefix: true,
    hidden: true,
  },
];

/** The route showing `path`: its own path, or a prefix route's path followed by '/…'; a '?query' is the screen's own. */
export function routeOf(routes: readonly Route[], path: string): Route | undefined {
  const bare = path.split('?')[0];
  return routes.find((r) => r.path === bare || (r.prefix === true && bare.startsWith(`${r.path}/`)));
}
