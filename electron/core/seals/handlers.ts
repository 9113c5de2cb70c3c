import type { Handlers } from '../api/dispatcher';
import { catalogHandlers } from './catalog';
import { verifyLedger } from './chain';
import { sealExportHandlers } from './export';
import { ledgerHandlers } from './ledger';
import { recordHandlers } from './record';
import { statsHandlers } from './stats';

/** 用印登记 (work rules art. 21): every method of shared/seals/api. */
export const sealHandlers: Pick<Handlers, `seals.${string}` & keyof Handlers> = {
  ...catalogHandlers,
  ...recordHandlers,
  ...ledgerHandlers,
  ...statsHandlers,
  ...sealExportHandlers,
  'seals.verify': (ctx) => verifyLedger(ctx.sqlite),
};
