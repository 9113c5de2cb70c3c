import type { ReactNode } from 'react';
import { API, type Access } from '../../shared/api';
import { STAFF } from '../../shared/auth/roles';
import { AuditPage } from '../audit/AuditPage';
import { CalendarPage } from '../calendar/CalendarPage';
import { HomePage } from '../home/HomePage';
import { IncomingPage } from '../incoming/IncomingPage';
import { ReturnLogPage } from '../incoming/ReturnLogPage';
import { PeoplePage } from '../people/PeoplePage';
import { ProcessingSlipPage } from '../print/ProcessingSlipPage';
import { ReturnSlipPage } from '../print/ReturnSlipPage';
import { SettingsPage } from '../settings/SettingsPage';
import { UnitsPage } from '../units/UnitsPage';
import { UsersPage } from '../users/UsersPage';
import { NotOpenPage } from './NotOpenPage';
import { CodesPage } from '../outgoing/CodesPage';
import { GapReportPage } from '../outgoing/GapReportPage';
import { OutgoingPage } from '../outgoing/OutgoingPage';
import { DraftSheetPage } from '../print/DraftSheetPage';

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

/** The left navigation, in the order of ui.md. */
export const ROUTES: Route[] = [
  // The clerk's 工作台 comes first, so it is where a clerk lands after logging in.
  { path: '/home', label: '工作台', access: API['incoming.dashboard'].access, render: () => <HomePage /> },
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
  notOpen('/seals', '用印登记', '逐次登记印章使用的事由、份数、批准人和监印人；只增不改，写错了另起一行更正。'),
  notOpen('/classified', '密件传阅', '登记密件的份号和知悉范围，记录每一次送阅和退回，随时清查每一份在哪里。'),
  notOpen('/destruction', '销毁登记', '按批次登记要销毁的文件，记录审批人和监销人，打印销毁清单。'),
  notOpen('/stats', '统计', '按年度、来文单位和办理情况统计各登记簿的件数和超期情况。'),
  { path: '/units', label: '单位名录', group: '字典', access: API['units.list'].access, render: () => <UnitsPage /> },
  { path: '/people', label: '人员名录', group: '字典', access: API['people.list'].access, render: () => <PeoplePage /> },
  { path: '/outgoing/codes', label: '机关代字', group: '字典', access: API['outgoing.addCode'].access, render: () => <CodesPage /> },
  { path: '/calendar', label: '节假日', group: '字典', access: API['calendar.year'].access, render: () => <CalendarPage /> },
  { path: '/users', label: '用户', access: API['users.list'].access, render: () => <UsersPage /> },
  { path: '/audit', label: '审计', access: API['audit.list'].access, render: () => <AuditPage /> },
  { path: '/settings', label: '设置', access: API['settings.get'].access, render: () => <SettingsPage /> },
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
];

/** The route showing `path`: its own path, or a prefix route's path followed by '/…'; a '?query' is the screen's own. */
export function routeOf(routes: readonly Route[], path: string): Route | undefined {
  const bare = path.split('?')[0];
  return routes.find((r) => r.path === bare || (r.prefix === true && bare.startsWith(`${r.path}/`)));
}
