import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { LISTED_PROBLEMS, type ImportReport, type RowProblem } from '../../shared/imports/api';
import { IMPORT_REGISTER_LABELS } from '../../shared/imports/registers';
import { exportList } from '../api/export';
import { LedgerTable, type Column } from '../common/LedgerTable';
import { REGISTER_PATHS } from './registers';
import { summaryOf } from './report-text';

const COLUMNS: Column<RowProblem & { key: string }>[] = [
  { header: '行', cell: (p) => p.row, kind: 'num', width: 48 },
  { header: '项目', cell: (p) => p.field || '整行', width: 96 },
  { header: '问题', cell: (p) => p.message, kind: 'wrap' },
];

/** Step 4: the outcome, every problem row by row, and the rejected rows as a file to fix and import again. */
export function ReportPanel({ report, uploadId }: { report: ImportReport; uploadId: string }) {
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const summary = summaryOf(report);
  const download = async () => {
    setError(null);
    const r = await exportList('imports.rejects', { uploadId });
    if (!r.ok) setError(r.error.message);
    else setNote(r.value.savedTo ? `已保存：${r.value.savedTo}` : r.value.savedTo === null ? null : `已下载：${r.value.fileName}`);
  };
  const problems = report.problems.map((p, i) => ({ ...p, key: `${p.row}-${i}` }));
  return (
    <Stack gap="xs">
      <Alert color={summary.color} variant="light" p="xs" role="status">
        {summary.text}
      </Alert>
      <Group gap="sm">
        {report.rejectsReady && (
          <Button variant="default" onClick={() => void download()}>
            下载有误的行（Excel，含原因）
          </Button>
        )}
        {report.mode !== null && <Anchor href={`#${REGISTER_PATHS[report.register]}`}>查看{IMPORT_REGISTER_LABELS[report.register]}</Anchor>}
        {note && <Text size="sm">{note}</Text>}
      </Group>
      {error && (
        <Alert color="red" variant="light" p="xs" role="alert">
          {error}
        </Alert>
      )}
      {problems.length > 0 && (
        <>
          <Text size="sm" c="dimmed">
            {report.problems.length >= LISTED_PROBLEMS ? `下面列出前 ${LISTED_PROBLEMS} 个问题，全部问题见下载的文件。` : '有误的行：'}
          </Text>
          <LedgerTable label="有误的行" columns={COLUMNS} rows={problems} rowKey={(p) => p.key} empty="" />
        </>
      )}
    </Stack>
  );
}
