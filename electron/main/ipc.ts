// The single IPC entry point, written against minimal structural types so it
// can be unit-tested without Electron.
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Result } from '../../shared/api';
import { pickUpload, UPLOAD_METHOD, type UploadFiles, type UploadingCore } from './upload';
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

/** The methods whose answer main completes by saving a file (see saveExport): each register's export. */
export const EXPORT_METHODS: readonly string[] = ['incoming.export', 'outgoing.export', 'seals.export', 'classified.export', 'destruction.export', 'imports.rejects'];

/** The subset of Core that streams an export ticket. */
export interface ExportingCore<S> {
  streamExport(ticket: string, session: S, out: NodeJS.WritableStream): Promise<{ rows: number }>;
}

/** Where an export goes: the save dialog, and the file it names. Real files by default (nodeFiles). */
export interface ExportFiles {
  /** Asks where to save; null when the user cancels. */
  choose(fileName: string): Promise<string | null>;
  open(path: string): NodeJS.WritableStream;
  /** Removes what a failed export left behind. */
  discard(path: string): Promise<void>;
}

export const nodeFiles: Pick<ExportFiles, 'open' | 'discard'> = {
  open: (path) => createWriteStream(path),
  discard: (path) => rm(path, { force: true }),
};

export interface SavedExport {
  /** Always '': the ticket is spent in main and never reaches the renderer. */
  ticket: '';
  fileName: string;
  /** Where the file was saved; null when the user cancelled the dialog. */
  savedTo: string | null;
}

/**
 * Completes a successful export call (EXPORT_METHODS) under Electron: asks where to
 * save (defaulting to the ticket's file name), streams the file there, and
 * answers the renderer with where it went. A cancelled dialog leaves the
 * ticket to expire unused; a failed write removes the partial file.
 */
export async function saveExport<S>(
  core: ExportingCore<S>,
  session: S,
  value: { ticket: string; fileName: string },
  files: ExportFiles,
): Promise<Result<SavedExport>> {
  const path = await files.choose(value.fileName);
  if (!path) return { ok: true, value: { ticket: '', fileName: value.fileName, savedTo: null } };
  const out = files.open(path);
  // A file that cannot be opened or written reports it as an 'error' event, maybe before any byte is streamed.
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => {});
  try {
    await Promise.race([core.streamExport(value.ticket, session, out), failed]);
    return { ok: true, value: { ticket: '', fileName: value.fileName, savedTo: path } };
  } catch (err) {
    console.error('[wenmi] export failed', err);
    (out as { destroy?: () => void }).destroy?.();
    await files.discard(path).catch(() => {});
    const reason = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { code: 'INTERNAL', message: `导出失败，文件没有保存：${reason}` } };
  }
}

export interface InvokeHandler {
  handle(event: InvokeEventLike, payload: unknown): Result<unknown>;
  /**
   * What the IPC channel answers: handle(), and for a successful export the
   * save dialog and the file written (when created with `exports`).
   */
  invoke(event: InvokeEventLike, payload: unknown): Promise<Result<unknown>>;
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
  /** Saving exports to files (Electron main); without it an export answers with its ticket as is. */
  exports?: { core: ExportingCore<S>; files: ExportFiles };
  /** Picking the file of an import (Electron main); without it imports.upload answers with its ticket as is. */
  uploads?: { core: UploadingCore<S>; files: UploadFiles };
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

  const handler: InvokeHandler = {
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
    async invoke(event, payload) {
      const result = handler.handle(event, payload);
      const { exports, uploads } = options;
      const method = String((payload as { method?: unknown }).method);
      const exporting = exports && EXPORT_METHODS.includes(method);
      const uploading = uploads && method === UPLOAD_METHOD;
      if (!result.ok || (!exporting && !uploading)) return result;
      // handle() accepted the call, so this sender has a session.
      const session = sessions.get(event.sender.id) as S;
      try {
        const { ticket } = result.value as { ticket: string };
        if (uploading) return await pickUpload(uploads.core, session, ticket, uploads.files);
        return await saveExport(exports!.core, session, result.value as { ticket: string; fileName: string }, exports!.files);
      } catch (err) {
        console.error(`[wenmi] ${method} failed`, err);
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
  return handler;
}
