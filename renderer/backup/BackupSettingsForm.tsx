import { Checkbox, NumberInput, PasswordInput, Radio, Stack, TextInput } from '@mantine/core';
import type { BackupOverview, BackupSettings } from '../../shared/backup/api';
import { invoke } from '../api/client';
import { FormActions } from '../form/FormActions';
import { useEntryForm } from '../form/useEntryForm';
import { configureInput, encryptionChoices, initialValues, settingsErrors, type Encryption } from './settings-values';

interface Props {
  settings: BackupSettings;
  onSaved: (overview: BackupOverview) => void;
}

/** Where the backups go, how many are kept, the daily backup and the passphrase that encrypts them. */
export function BackupSettingsForm({ settings, onSaved }: Props) {
  const form = useEntryForm({
    initial: initialValues(settings),
    check: (v) => settingsErrors(v, settings),
    submit: (v) => invoke('backup.configure', configureInput(v, settings)),
    onSaved: (overview) => {
      // The passphrase boxes are emptied: nobody can read a passphrase back, and it must not linger on screen.
      form.reset(initialValues(overview.settings));
      onSaved(overview);
    },
    onCancel: () => {
      form.reset(initialValues(settings));
    },
  });

  return (
    <form {...form.formProps} aria-label="备份设置">
      <Stack gap="sm">
        <TextInput
          label="备份文件夹"
          description="最好在另一块硬盘、移动硬盘或U盘上，电脑硬盘损坏时备份仍在"
          placeholder="例如 D:\文秘备份 或 E:\文秘备份"
          autoComplete="off"
          {...form.text('folder')}
        />
        <NumberInput
          label="保留份数"
          description="本机在备份文件夹中保留最近的几份备份，更早的在新备份校验无误后删除（1～365）"
          value={form.values.keep}
          onChange={(v) => form.set('keep', v)}
          error={form.errors.keep}
          allowDecimal={false}
          allowNegative={false}
          hideControls
          styles={{ wrapper: { maxWidth: 200 } }}
        />
        <Checkbox
          label="每日自动备份"
          description="程序运行期间每天自动备份一次"
          checked={form.values.daily}
          onChange={(e) => form.set('daily', e.currentTarget.checked)}
        />
        <Radio.Group label="备份文件加密" value={form.values.encryption} onChange={(v) => form.set('encryption', v as Encryption)}>
          <Stack gap={6} mt={4}>
            {encryptionChoices(settings.encrypted).map((c) => (
              <Radio key={c.value} value={c.value} label={c.label} />
            ))}
          </Stack>
        </Radio.Group>
        {form.values.encryption === 'new' && (
          <>
            <PasswordInput
              label="备份密码"
              description="至少 8 个字符。恢复加密的备份时要输入它，忘记了就无法恢复，请抄写下来妥善保管"
              autoComplete="new-password"
              {...form.text('passphrase')}
            />
            <PasswordInput label="再次输入备份密码" autoComplete="new-password" {...form.text('repeat')} />
          </>
        )}
        <FormActions
          generalError={form.generalError}
          saving={form.saving}
          onCancel={() => form.reset(initialValues(settings))}
          cancelLabel="还原"
          keysHint="Enter 下一项 · Ctrl+S 保存 · Esc 还原"
        />
      </Stack>
    </form>
  );
}
