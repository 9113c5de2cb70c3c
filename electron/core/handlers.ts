import type { Handlers } from './api/dispatcher';
import { auditHandlers } from './audit/handlers';
import { authHandlers } from './auth/handlers';
import { backupHandlers } from './backup/handlers';
import { calendarHandlers } from './calendar/handlers';
import { classifiedHandlers } from './classified/handlers';
import { destructionHandlers } from './destruction/handlers';
import { importHandlers } from './imports/handlers';
import { dashboardHandlers } from './incoming/dashboard';
import { exportHandlers } from './incoming/export';
import { incomingHandlers } from './incoming/handlers';
import { workflowHandlers } from './incoming/workflow';
import { codeHandlers } from './outgoing/codes';
import { outgoingDashboardHandlers } from './outgoing/dashboard';
import { outgoingExportHandlers } from './outgoing/export';
import { listHandlers } from './outgoing/list';
import { outgoingHandlers } from './outgoing/handlers';
import { numberHandlers } from './outgoing/numbers';
import { peopleHandlers } from './people/handlers';
import { sealHandlers } from './seals/handlers';
import { settingsHandlers } from './settings/handlers';
import { syncHandlers } from './sync/handlers';
import { unitsHandlers } from './units/handlers';
import { usersHandlers } from './users/handlers';

/** The implementation of every method of shared/api; the type fails to compile if one is missing. */
export const HANDLERS: Handlers = {
  ...authHandlers,
  ...usersHandlers,
  ...auditHandlers,
  ...unitsHandlers,
  ...peopleHandlers,
  ...settingsHandlers,
  ...calendarHandlers,
  ...incomingHandlers,
  ...workflowHandlers,
  ...dashboardHandlers,
  ...exportHandlers,
  ...codeHandlers,
  ...outgoingHandlers,
  ...numberHandlers,
  ...listHandlers,
  ...outgoingDashboardHandlers,
  ...outgoingExportHandlers,
  ...sealHandlers,
  ...classifiedHandlers,
  ...destructionHandlers,
  ...importHandlers,
  ...syncHandlers,
  ...backupHandlers,
};
