import { PasswordInput, Stack, TextInput } from '@mantine/core';
import { API } from '../../shared/api';
import type { SyncStatus } from '../../shared/sync/api';
import { invoke } from '../api/client';
import { FormActions } from '../form/FormActions';
import { schemaErrors } from '../form/field-errors';
import { useEntryForm } from '../form/useEntryForm';

type Method = 'sync.create' | 'sync.join' | 'sync.joinAtSetup';

interface Props {
  method: Method;
  /** The form's accessible name, e.g. 新建同步组. */
  label: string;
  submitLabel: string;
  /** 新建: the key is typed twice, since nobody can read it back later. */
  confirmKey?: boolean;
  autoFocus?: boolean;
  onSaved: (status: SyncStatus) => void;
}

const EMPTY = { folder: '', key: '', confirm: '' };

/** The folder and the office's sync key: creating a set, joining one, or joining at a new PC's first run. */
export function FolderKeyForm({ method, label, submitLabel, confirmKey, autoFocus, onSaved }: Props) {
  const form = useEntryForm({
    initial: EMPTY,
    check: ({ folder, key, confirm }) => {
      const errors = schemaErrors(API[method].input, { folder: folder.trim(), key });
      if (confirmKey && !errors.key && confirm !== key) errors.confirm = '两次输入的同步密钥不一致';
      return errors;
    },
    submit: ({ folder, key }) => invoke(method, { folder: folder.trim(), key }),
    onSaved: (status) => {
      form.reset(EMPTY);
      onSaved(status);
    },
    lastEnterSubmits: true,
  });
  return (
    <form {...form.formProps} aria-label={label}>
      <Stack gap="sm">
        <TextInput
          label="同步文件夹"
          description="各台电脑都能访问的网络共享文件夹或U盘上的文件夹"
          placeholder="例如 \\文件服务器\文秘同步 或 E:\文秘同步"
          autoComplete="off"
          autoFocus={autoFocus}
          {...form.text('folder')}
        />
        <PasswordInput
          label="同步密钥"
          description={confirmKey ? '至少 8 个字符；其他电脑加入时要输入同一个密钥，请妥善保管' : '与其他电脑相同的同步密钥'}
          autoComplete="off"
          {...form.text('key')}
        />
        {confirmKey && <PasswordInput label="再次输入同步密钥" autoComplete="off" {...form.text('confirm')} />}
        <FormActions generalError={form.generalError} saving={form.saving} submitLabel={submitLabel} keysHint="Enter 下一项 · Ctrl+S 确定" />
      </Stack>
    </form>
  );
}
