import './imports.css';
import { Alert, Button, Group, NumberInput, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { IMPORT_MODE_LABELS, PREVIEW_ROWS, type ImportMode, type ImportReport, type Mapping, type UploadInfo } from '../../shared/imports/api';
import type { ImportRegister } from '../../shared/imports/registers';
import { invoke } from '../api/client';
import { useSession } from '../app/session';
import { Page } from '../common/Page';
import { DefaultsForm } from './DefaultsForm';
import { FileChoice } from './FileChoice';
import { MappingTable } from './MappingTable';
import { PreviewTable } from './PreviewTable';
import { registerOf, registersFor } from './registers';
import { ReportPanel } from './ReportPanel';
import { usePreview } from './usePreview';

type Busy = 'check' | ImportMode | null;

/**
 * 从 Excel 导入: choose the register and the file, see how its columns map to the register's
 * fields and what the first rows would become, change what needs changing, check every row,
 * then import all (nothing if any row is wrong) or only the rows without a mistake.
 */
export function ImportPage() {
  const { user } = useSession();
  const registers = registersFor(user);
  const [register, setRegister] = useState<ImportRegister>(() => registerOf(window.location.hash, registers) ?? 'incoming');
  const [upload, setUpload] = useState<UploadInfo | null>(null);
  const [sheet, setSheet] = useState<string | undefined>();
  const [headerRow, setHeaderRow] = useState<number | undefined>();
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  const preview = usePreview(upload ? { uploadId: upload.uploadId, register, sheet, mapping, headerRow } : null);
  const p = preview.data && upload && preview.data.uploadId === upload.uploadId ? preview.data : null;
  const inUse = mapping ?? p?.mapping ?? null;

  // Whatever changes what would be imported makes the last report stale.
  const fresh = () => {
    setReport(null);
    setError(null);
  };
  const chooseRegister = (r: ImportRegister) => {
    setRegister(r);
    setMapping(null);
    fresh();
  };
  const uploaded = (u: UploadInfo) => {
    setUpload(u);
    setSheet(undefined);
    setHeaderRow(undefined);
    setMapping(null);
    fresh();
  };
  const change = (patch: Partial<Mapping>) => {
    if (!inUse) return;
    setMapping({ ...inUse, ...patch });
    fresh();
  };

  const run = async (mode: Busy) => {
    if (!p || !inUse || !upload) return;
    setBusy(mode);
    setError(null);
    const input = { uploadId: upload.uploadId, register, sheet: p.sheet, mapping: inUse };
    const r = mode === 'check' ? await invoke('imports.check', input) : await invoke('imports.run', { ...input, mode: mode! });
    setBusy(null);
    if (r.ok) {
      setReport(r.value);
      preview.reload();
    } else setError(r.error.message);
  };

  if (registers.length === 0) {
    return (
      <Page title="从 Excel 导入">
        <Text>您的角色不能导入任何登记簿：收文、发文由文秘导入，用印登记由印章管理员导入，单位名录由管理员导入。</Text>
      </Page>
    );
  }

  return (
    <Page title="从 Excel 导入">
      <Stack className="import-steps" gap="md" style={{ overflow: 'auto', flex: 1, minHeight: 0 }} pb="md">
        <FileChoice register={register} registers={registers} onRegister={chooseRegister} fileName={upload?.fileName ?? null} onUploaded={uploaded} />
        {preview.error && (
          <Alert color="red" variant="light" p="xs" role="alert">
            {preview.error}
          </Alert>
        )}
        {p && inUse && upload && (
          <>
            <Stack gap="xs">
              <Title order={3} size="h5">
                列的对应
              </Title>
              <Group align="flex-end" gap="md">
                {p.sheets.length > 1 && (
                  <Select
                    label="工作表"
                    data={p.sheets.map((s) => ({ value: s.name, label: `${s.name}（${s.rows} 行）` }))}
                    value={p.sheet}
                    onChange={(v) => {
                      if (!v) return;
                      setSheet(v);
                      setHeaderRow(undefined);
                      setMapping(null);
                      fresh();
                    }}
                    allowDeselect={false}
                    w={220}
                  />
                )}
                <NumberInput
                  label="表头所在行"
                  value={inUse.headerRow}
                  min={1}
                  onChange={(v) => {
                    if (typeof v !== 'number' || v < 1) return;
                    setHeaderRow(v);
                    setMapping(null);
                    fresh();
                  }}
                  w={120}
                />
                <Text size="sm" c={p.headerFound ? 'dimmed' : 'red'} pb={8}>
                  {p.headerFound
                    ? `表头下面有 ${p.records} 行要导入（空行和重复的表头已略去）。表头找错了可以改“表头所在行”。`
                    : '没有找到表头：请填写表头所在的行号，再为各列选择导入为哪一项。'}
                </Text>
              </Group>
              <MappingTable register={register} columns={p.columns} mapping={inUse} onChange={(columns) => change({ columns })} />
            </Stack>
            <Stack gap="xs">
              <Title order={3} size="h5">
                空白时使用的值
              </Title>
              <DefaultsForm register={register} mapping={inUse} missing={p.missing} onChange={(defaults) => change({ defaults })} />
            </Stack>
            <Stack gap="xs">
              <Title order={3} size="h5">
                预览（前 {Math.min(PREVIEW_ROWS, p.records)} 行）
              </Title>
              <PreviewTable register={register} mapping={inUse} rows={p.rows} />
            </Stack>
            <Group gap="sm">
              <Button variant="default" loading={busy === 'check'} disabled={busy !== null} onClick={() => void run('check')}>
                检查全部 {p.records} 行
              </Button>
              <Button loading={busy === 'all'} disabled={busy !== null} onClick={() => void run('all')}>
                {IMPORT_MODE_LABELS.all}
              </Button>
              <Button variant="outline" loading={busy === 'validOnly'} disabled={busy !== null} onClick={() => void run('validOnly')}>
                {IMPORT_MODE_LABELS.validOnly}
              </Button>
              <Text size="sm" c="dimmed">
                “全部导入”：任何一行有误就一行也不导入；“只导入无误的行”：有误的行留在下载的文件里，改好后再导入。
              </Text>
            </Group>
            {error && (
              <Alert color="red" variant="light" p="xs" role="alert">
                {error}
              </Alert>
            )}
            {report && <ReportPanel report={report} uploadId={upload.uploadId} />}
          </>
        )}
      </Stack>
    </Page>
  );
}
