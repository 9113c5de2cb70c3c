import './zod-locale';
import type { z } from 'zod';
import { auditApi } from '../audit/api';
import { authApi } from '../auth/api';
import { backupApi } from '../backup/api';
import { calendarApi } from '../calendar/api';
import { classifiedApi } from '../classified/api';
import { destructionApi } from '../destruction/api';
import { importsApi } from '../imports/api';
import { incomingApi } from '../incoming/api';
import { outgoingApi } from '../outgoing/api';
import { peopleApi } from '../people/api';
import { sealsApi } from '../seals/api';
import { settingsApi } from '../settings/api';
import { syncApi } from '../sync/api';
import { unitsApi } from '../units/api';
import { usersApi } from '../users/api';
import type { MethodSpec } from './define';

export type { Access, MethodSpec } from './define';
export type { ApiError, ErrorCode, Result } from './result';

/** Every method of the app, declared once; the core implements it, both transports carry it. */
export const API = {
  ...authApi,
  ...usersApi,
  ...auditApi,
  ...unitsApi,
  ...peopleApi,
  ...settingsApi,
  ...calendarApi,
  ...incomingApi,
  ...outgoingApi,
  ...sealsApi,
  ...classifiedApi,
  ...destructionApi,
  ...importsApi,
  ...syncApi,
  ...backupApi,
} satisfies Record<string, MethodSpec>;

export type Api = typeof API;
export type MethodName = keyof Api;
export type InputOf<M extends MethodName> = z.input<Api[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Api[M]['input']>;
export type OutputOf<M extends MethodName> = Api[M] extends MethodSpec<z.ZodType, infer O> ? O : never;

export const METHOD_NAMES = Object.keys(API) as MethodName[];

export const isMethodName = (name: unknown): name is MethodName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(API, name);
