// The single IPC entry point, written against minimal structural types so it
// can be unit-tested without Electron.
import type { Result } from '../../shared/api';
import { isTrustedSender } from './window-options';

// One channel name shared with the preload bridge.
export { INVOKE_CHANNEL } from '../preload/bridge';

/** The subset of Core the IPC layer needs. */
export interface DispatchingCore<S> {
  newSession(): S;
  dispatch(session: S, method: string, input: unknown): Result<unknown>;
}

/** The subset of IpcMainInvokeEvent the handler reads. */
export interface InvokeEventLike {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

export const FORBIDDEN: Result<never> = Object.freeze({
  ok: false,
  error: Object.freeze({ code: 'FORBIDDEN', message: '不允许的调用' }),
}) as Result<never>;

const INTERNAL: Result<never> = Object.freeze({
  ok: false,
  error: Object.freeze({ code: 'INTERNAL', message: '内部错误，请重试或联系管理员' }),
}) as Result<never>;

export interface InvokeHandler {
  handle(event: InvokeEventLike, payload: unknown): Result<unknown>;
  /** Forget the session of a webContents (window closed or page reloaded). */
  dropSession(webContentsId: number): void;
  /** Number of live sessions (for tests and diagnostics). */
  sessionCount(): number;
}

export function createInvokeHandler<S>(options: {
  core: DispatchingCore<S>;
  methods: readonly string[];
  /** URL of the app page; read on every call. */
  appUrl: () => string;
}): InvokeHandler {
  const allowed = new Set(options.methods);
  const sessions = new Map<number, S>();

  function sessionFor(id: number): S {
    let session = sessions.get(id);
    if (session === undefined) {
      session = options.core.newSession();
      sessions.set(id, session);
    }
    return session;
  }

  return {
    handle(event, payload) {
      const frame = event.senderFrame;
      // Only the top-level frame of the app page may call the backend.
      if (!frame || frame.parent !== null || !isTrustedSender(frame.url, options.appUrl())) return FORBIDDEN;
      if (typeof payload !== 'object' || payload === null) return FORBIDDEN;
      const { method, input } = payload as { method?: unknown; input?: unknown };
      if (typeof method !== 'string' || !allowed.has(method)) return FORBIDDEN;
      try {
        return options.core.dispatch(sessionFor(event.sender.id), method, input);
      } catch (err) {
        // Core promises never to throw; guard anyway so the renderer always gets a Result.
        console.error('[wenmi] dispatch failed', method, err);
        return INTERNAL;
      }
    },
    dropSession(id) {
      sessions.delete(id);
    },
    sessionCount() {
      return sessions.size;
    },
  };
}
