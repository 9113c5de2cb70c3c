// Pure factory for the object exposed to the renderer as `window.wenmi`.
// No Electron import, so it can be unit-tested under plain Node.
import type { Result } from '../../shared/api';

export const INVOKE_CHANNEL = 'wenmi:invoke';

export interface WenmiBridge {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
}

export type InvokeIpc = (channel: string, payload: { method: string; input: unknown }) => Promise<unknown>;

function failure(code: 'FORBIDDEN' | 'INTERNAL', message: string): Result<unknown> {
  return { ok: false, error: { code, message } };
}

/**
 * Returns a frozen `{ invoke }` object. Methods outside `allowed` resolve to a
 * FORBIDDEN result without touching IPC; IPC failures resolve to an INTERNAL
 * result, so callers only ever see a Result and never a rejection.
 */
export function createBridge(invokeIpc: InvokeIpc, allowed: readonly string[]): Readonly<WenmiBridge> {
  const allowList = new Set(allowed);
  const bridge: WenmiBridge = {
    invoke(method: string, input: unknown): Promise<Result<unknown>> {
      if (typeof method !== 'string' || !allowList.has(method)) {
        return Promise.resolve(failure('FORBIDDEN', '不允许的调用'));
      }
      let pending: Promise<unknown>;
      try {
        pending = invokeIpc(INVOKE_CHANNEL, { method, input });
      } catch {
        return Promise.resolve(failure('INTERNAL', '内部错误，请重试或联系管理员'));
      }
      return Promise.resolve(pending).then(
        (value) => value as Result<unknown>,
        () => failure('INTERNAL', '内部错误，请重试或联系管理员'),
      );
    },
  };
  return Object.freeze(bridge);
}
