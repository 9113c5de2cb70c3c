import type { InputOf, Result } from '../../shared/api';
import { invoke } from './client';

export interface ExportOutcome {
  fileName: string;
  /**
   * Electron: where main saved the file, or null when the user cancelled the
   * save dialog. Absent in the browser, which saves the download itself.
   */
  savedTo?: string | null;
}

/** The methods that export a register's list (.xlsx). */
export type ExportMethod = 'incoming.export' | 'outgoing.export' | 'seals.export' | 'classified.export' | 'destruction.export' | 'imports.rejects';

/**
 * 导出: a register's list under its filters as an .xlsx (the core checks the role and
 * records the export). Under Electron main asks where to save and writes the file; in
 * the browser the single-use ticket becomes a download link.
 */
export function exportList<M extends ExportMethod>(method: M, filters: InputOf<M>): Promise<Result<ExportOutcome>> {
  return invoke(method, filters).then((r) => deliver(r as Result<{ ticket: string; fileName: string; savedTo?: string | null }>));
}

function deliver(result: Result<{ ticket: string; fileName: string; savedTo?: string | null }>): Result<ExportOutcome> {
  if (!result.ok) return result;
  const { ticket, fileName, savedTo } = result.value;
  if (window.wenmi) return { ok: true, value: { fileName, savedTo: savedTo ?? null } };
  startDownload(`/api/export/${encodeURIComponent(ticket)}`, fileName);
  return { ok: true, value: { fileName } };
}

/** A hidden same-origin link, clicked once: the browser downloads with the session cookie and the server's file name. */
function startDownload(href: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
}
