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

/**
 * 导出收文: the list under these filters as an .xlsx (the core checks the role
 * and records the export). Under Electron main asks where to save and writes
 * the file; in the browser the single-use ticket becomes a download link.
 */
export function exportIncoming(filters: InputOf<'incoming.export'>): Promise<Result<ExportOutcome>> {
  return invoke('incoming.export', filters).then(deliver);
}

/** 导出发文: as exportIncoming, for the 发文 list under its filters and sort. */
export function exportOutgoing(filters: InputOf<'outgoing.export'>): Promise<Result<ExportOutcome>> {
  return invoke('outgoing.export', filters).then(deliver);
}

/** 导出用印登记: as exportIncoming, for the 用印登记簿 under its filters. */
export function exportSeals(filters: InputOf<'seals.export'>): Promise<Result<ExportOutcome>> {
  return invoke('seals.export', filters).then(deliver);
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
