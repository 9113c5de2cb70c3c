import { Button, Text } from '@mantine/core';
import type { Result } from '../../shared/api';
import type { ExportOutcome } from '../api/export';
import { useExport } from './useExport';

interface Props {
  /** Starts the export (exportList with the list's filters). */
  run: () => Promise<Result<ExportOutcome>>;
  /** Told where the file went, for the page's announcement. */
  onExported: (text: string) => void;
}

/** 导出 for a list: busy while the core writes, the refusal beside the button, the file's place announced. */
export function ExportButton({ run, onExported }: Props) {
  const { exporting, exportError, runExport } = useExport(run, onExported);
  return (
    <>
      {exportError && (
        <Text c="red" size="sm" role="alert">
          {exportError}
        </Text>
      )}
      <Button variant="default" loading={exporting} onClick={() => void runExport()}>
        导出
      </Button>
    </>
  );
}
