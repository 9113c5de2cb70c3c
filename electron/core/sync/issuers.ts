import { SERIAL_KIND_LABELS, type SerialKind } from '../../../shared/settings/api';
import { deviceLabel } from '../../../shared/sync/devices';
import type { CallContext } from '../api/context';
import { refuse } from '../api/errors';
import { readSettings } from '../settings/store';

/**
 * Numbers are not merged: each register's serials come from one PC (design, Sync). Before
 * the office syncs no issuer is set and this PC numbers; afterwards only the issuer does.
 */
export function assertIssuesHere(ctx: CallContext, kind: SerialKind): void {
  const settings = readSettings(ctx.sqlite);
  const issuer = settings.numberIssuers[kind];
  if (!issuer || issuer === ctx.deviceId) return;
  const name = deviceLabel(issuer, settings.deviceNames);
  throw refuse(
    'CONFLICT',
    `${SERIAL_KIND_LABELS[kind]}由另一台电脑（${name}）发放，本机不能登记新的编号，以免两台电脑给出同一个号。请在那台电脑上登记，或请管理员在“设置 — 同步”中更改发号电脑。`,
  );
}
