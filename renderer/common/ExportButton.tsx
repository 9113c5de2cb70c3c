import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import type { Result } from '../../shared/api';
import type { ExportOutcome } from '../api/export';

interface Props {
  /** Starts the export (exportList with the list's filters). */
  run: () => Promise<Result<ExportOutcome>>;
  /** Told where the file went, for the page's announcement. */
  onExported: (text: string) => void;
}

/** 导出 for a list: busy while the core writes, the refusal beside the button, the file's place announced. */
export function ExportButton({ run, onExported }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const click = async () => {
    setBusy(true);
    setError(null);
    const result = await run();
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    // null: the save dialog was cancelled, nothing was written.
    else if (result.value.savedTo !== null) onExported(`已导出：${result.value.savedTo ?? result.value.fileName}`);
  };
  return (
    <>
      {error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
      <Button variant="default" loading={busy} onClick={() => void click()}>
        导出
      </Button>
    </>
  );
}
