import { useState } from 'react';
import type { Result } from '../../shared/api';
import type { ExportOutcome } from '../api/export';

/**
 * 导出 of a list: busy while the core writes, the refusal kept for the page to show, and the
 * file's place announced (nothing when the save dialog was cancelled: nothing was written).
 */
export function useExport(run: () => Promise<Result<ExportOutcome>>, onExported: (text: string) => void) {
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const runExport = async () => {
    setExporting(true);
    setExportError(null);
    const result = await run();
    setExporting(false);
    if (!result.ok) setExportError(result.error.message);
    else if (result.value.savedTo !== null) onExported(`已导出：${result.value.savedTo ?? result.value.fileName}`);
  };
  return { exporting, exportError, runExport };
}
