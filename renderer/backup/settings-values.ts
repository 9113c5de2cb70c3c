import { API, type InputOf } from '../../shared/api';
import type { BackupSettings } from '../../shared/backup/api';
import { schemaErrors, type FieldErrors } from '../form/field-errors';

/** off: 不加密; keep: encrypted with the passphrase already set; new: encrypted with the one typed here. */
export type Encryption = 'off' | 'keep' | 'new';

export interface SettingsValues {
  folder: string;
  /** NumberInput hands over '' for an empty box. */
  keep: number | string;
  daily: boolean;
  encryption: Encryption;
  passphrase: string;
  repeat: string;
}

export function initialValues(settings: BackupSettings): SettingsValues {
  return {
    folder: settings.folder,
    keep: settings.keep,
    daily: settings.daily,
    encryption: settings.encrypted ? 'keep' : 'off',
    passphrase: '',
    repeat: '',
  };
}

/** 'keep' is only offered when there is a passphrase to keep. */
export function encryptionChoices(encrypted: boolean): { value: Encryption; label: string }[] {
  return encrypted
    ? [
        { value: 'keep', label: '加密，沿用现在的备份密码' },
        { value: 'new', label: '加密，改用新的备份密码' },
        { value: 'off', label: '不加密' },
      ]
    : [
        { value: 'off', label: '不加密' },
        { value: 'new', label: '加密，设置备份密码' },
      ];
}

/**
 * backup.configure's passphrase: omitted keeps the current one, null turns encryption off.
 * Turning off what is already off sends nothing, so the audit trail records no change.
 */
export function configureInput(values: SettingsValues, current: BackupSettings): InputOf<'backup.configure'> {
  // An empty box is NaN, which the contract names (保留份数应为数字) like any other bad figure.
  const keep = typeof values.keep === 'number' ? values.keep : Number.parseInt(values.keep, 10);
  const base = { folder: values.folder.trim(), keep, daily: values.daily };
  if (values.encryption === 'new') return { ...base, passphrase: values.passphrase };
  if (values.encryption === 'off' && current.encrypted) return { ...base, passphrase: null };
  return base;
}

/** The contract's own rules, and the passphrase typed twice alike: a typo here would lock the backups away for good. */
export function settingsErrors(values: SettingsValues, current: BackupSettings): FieldErrors {
  const errors = schemaErrors(API['backup.configure'].input, configureInput(values, current));
  if (values.encryption === 'new' && !errors.passphrase && values.repeat !== values.passphrase) errors.repeat = '两次输入的备份密码不一致';
  return errors;
}
