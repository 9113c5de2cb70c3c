import { Alert, Button, FileButton, Group, Select, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import type { Result } from '../../shared/api';
import { MAX_UPLOAD_BYTES, type UploadInfo } from '../../shared/imports/api';
import { IMPORT_REGISTER_LABELS, type ImportRegister } from '../../shared/imports/registers';
import { dialogInMain, pickFile, sendFile } from './upload';

interface Props {
  register: ImportRegister;
  registers: readonly ImportRegister[];
  onRegister: (register: ImportRegister) => void;
  fileName: string | null;
  onUploaded: (upload: UploadInfo) => void;
}

const XLSX = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Step 1: which register, and which file (the system dialog under Electron, the page's file input in a browser). */
export function FileChoice({ register, registers, onRegister, fileName, onUploaded }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reset = useRef<() => void>(null);

  const take = async (chosen: Promise<Result<UploadInfo | null>>) => {
    setBusy(true);
    setError(null);
    const result = await chosen;
    setBusy(false);
    // The same file may be chosen again (imported after fixing it in Excel).
    reset.current?.();
    if (!result.ok) setError(result.error.message);
    else if (result.value) onUploaded(result.value);
  };

  const choose = dialogInMain() ? (
    <Button loading={busy} onClick={() => void take(pickFile())}>
      选择 Excel 文件…
    </Button>
  ) : (
    <FileButton accept={XLSX} resetRef={reset} inputProps={{ 'aria-label': 'Excel 台账文件' }} onChange={(f) => f && void take(sendFile(f))}>
      {(props) => (
        <Button loading={busy} {...props}>
          选择 Excel 文件…
        </Button>
      )}
    </FileButton>
  );

  return (
    <Stack gap={6}>
      <Group align="flex-end" gap="md">
        <Select
          label="导入到"
          data={registers.map((r) => ({ value: r, label: IMPORT_REGISTER_LABELS[r] }))}
          value={register}
          onChange={(v) => v && onRegister(v as ImportRegister)}
          allowDeselect={false}
          w={160}
        />
        {choose}
        <Text pb={6}>{fileName ? `文件：${fileName}` : '还没有选择文件'}</Text>
      </Group>
      <Text size="sm" c="dimmed">
        支持 Excel 工作簿（.xlsx），不超过 {MAX_UPLOAD_BYTES / 1024 / 1024} MB；旧版 .xls 请先在 Excel 或 WPS 中“另存为” .xlsx。同一个文件再导入一次不会重复登记。
      </Text>
      {error && (
        <Alert color="red" variant="light" p="xs" role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
