import type { Result } from '../../shared/api';
import type { UploadInfo } from '../../shared/imports/api';
import { invoke } from '../api/client';

/** Under Electron main shows the system's open dialog; in the browser the page's own file input chooses. */
export const dialogInMain = () => window.wenmi !== undefined;

const UNSENT: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: '文件没有送到文秘台账服务，请检查程序是否在运行，然后重新选择文件。' },
};

/**
 * Browser: asks for an upload ticket (the core checks the role), then sends the file's bytes
 * to /api/upload/<ticket> with the session cookie; the core keeps it under an id.
 */
export async function sendFile(file: File): Promise<Result<UploadInfo>> {
  const asked = await invoke('imports.upload', { fileName: file.name });
  if (!asked.ok) return asked;
  try {
    const response = await fetch(`/api/upload/${encodeURIComponent(asked.value.ticket)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/octet-stream', 'X-Wenmi': '1' },
      body: file,
    });
    return (await response.json()) as Result<UploadInfo>;
  } catch {
    return UNSENT;
  }
}

/** Electron: main asks which file and reads it in; null when the user cancelled the dialog. */
export async function pickFile(): Promise<Result<UploadInfo | null>> {
  const asked = await invoke('imports.upload', { fileName: '' });
  return asked.ok ? { ok: true, value: asked.value.upload ?? null } : asked;
}
