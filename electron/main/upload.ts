// Electron's side of 选择导入文件, written against minimal structural types so it can be
// unit-tested without Electron: main asks which file, and the core reads it in.
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { Result } from '../../shared/api';
import type { UploadInfo, UploadTicket } from '../../shared/imports/api';

/** The method whose answer main completes by asking for the file (the browser sends it itself). */
export const UPLOAD_METHOD = 'imports.upload';

/** The subset of Core that takes an upload. */
export interface UploadingCore<S> {
  receiveUpload(ticket: string, session: S, body: AsyncIterable<Uint8Array>, fileName?: string): Promise<Result<UploadInfo>>;
}

/** Where an import's file comes from: the open dialog, and the file it names. Real files by default (nodeUploadFiles). */
export interface UploadFiles {
  /** Asks which file; null when the user cancels. */
  choose(): Promise<string | null>;
  read(path: string): AsyncIterable<Uint8Array>;
}

export const nodeUploadFiles: Pick<UploadFiles, 'read'> = {
  // Opened only when the core starts reading: a stream opened earlier reports a missing file to nobody.
  async *read(path) {
    yield* createReadStream(path);
  },
};

/**
 * Completes a successful imports.upload under Electron: asks which file, hands it to the
 * core under its own name (the page never learns where it lay), and answers with ticket ''
 * and what the core read — or upload null when the user cancelled (the ticket then expires).
 */
export async function pickUpload<S>(core: UploadingCore<S>, session: S, ticket: string, files: UploadFiles): Promise<Result<UploadTicket>> {
  const path = await files.choose();
  if (!path) return { ok: true, value: { ticket: '', upload: null } };
  const read = await core.receiveUpload(ticket, session, files.read(path), basename(path));
  return read.ok ? { ok: true, value: { ticket: '', upload: read.value } } : read;
}
