import { describe, expect, it } from 'vitest';
import type { BackupSettings } from '../../../shared/backup/api';
import { configureInput, encryptionChoices, initialValues, settingsErrors, type SettingsValues } from '../../../renderer/backup/settings-values';

const PLAIN: BackupSettings = { folder: 'E:\\文秘备份', keep: 10, daily: true, encrypted: false };
const ENCRYPTED: BackupSettings = { ...PLAIN, encrypted: true };
const values = (settings: BackupSettings, change: Partial<SettingsValues> = {}): SettingsValues => ({ ...initialValues(settings), ...change });

describe('the encryption choice', () => {
  it('starts from what is set now', () => {
    expect(initialValues(PLAIN)).toEqual({ folder: 'E:\\文秘备份', keep: 10, daily: true, encryption: 'off', passphrase: '', repeat: '' });
    expect(initialValues(ENCRYPTED).encryption).toBe('keep');
  });

  it('offers to keep the passphrase only when there is one', () => {
    expect(encryptionChoices(false).map((c) => c.value)).toEqual(['off', 'new']);
    expect(encryptionChoices(true).map((c) => c.value)).toEqual(['keep', 'new', 'off']);
  });
});

describe('configureInput', () => {
  it('leaves the passphrase out when it stays as it is', () => {
    expect(configureInput(values(PLAIN), PLAIN)).toEqual({ folder: 'E:\\文秘备份', keep: 10, daily: true });
    expect(configureInput(values(ENCRYPTED), ENCRYPTED)).toEqual({ folder: 'E:\\文秘备份', keep: 10, daily: true });
  });

  it('sends a new passphrase, and null to turn encryption off', () => {
    expect(configureInput(values(PLAIN, { encryption: 'new', passphrase: 'huanghe-2026', repeat: 'huanghe-2026' }), PLAIN).passphrase).toBe('huanghe-2026');
    expect(configureInput(values(ENCRYPTED, { encryption: 'off' }), ENCRYPTED)).toHaveProperty('passphrase', null);
  });

  it('trims the folder and reads the number box', () => {
    expect(configureInput(values(PLAIN, { folder: '  D:\\备份 ', keep: '7' }), PLAIN)).toMatchObject({ folder: 'D:\\备份', keep: 7 });
  });
});

describe('settingsErrors', () => {
  it('accepts good settings', () => {
    expect(settingsErrors(values(PLAIN), PLAIN)).toEqual({});
    expect(settingsErrors(values(PLAIN, { encryption: 'new', passphrase: 'huanghe-2026', repeat: 'huanghe-2026' }), PLAIN)).toEqual({});
  });

  it('names the folder, the count and the passphrase as the core would', () => {
    expect(settingsErrors(values(PLAIN, { folder: ' ' }), PLAIN)).toEqual({ folder: '请填写备份文件夹' });
    expect(settingsErrors(values(PLAIN, { keep: '' }), PLAIN)).toEqual({ keep: '保留份数应为数字' });
    expect(settingsErrors(values(PLAIN, { keep: 0 }), PLAIN)).toEqual({ keep: '保留份数不能小于1' });
    expect(settingsErrors(values(PLAIN, { encryption: 'new', passphrase: 'short', repeat: 'short' }), PLAIN)).toEqual({ passphrase: '备份密码至少 8 个字符' });
  });

  it('refuses a passphrase typed differently the second time', () => {
    expect(settingsErrors(values(PLAIN, { encryption: 'new', passphrase: 'huanghe-2026', repeat: 'huanghe-2025' }), PLAIN)).toEqual({
      repeat: '两次输入的备份密码不一致',
    });
  });

  it('does not ask for a passphrase when keeping the current one or turning encryption off', () => {
    expect(settingsErrors(values(ENCRYPTED), ENCRYPTED)).toEqual({});
    expect(settingsErrors(values(ENCRYPTED, { encryption: 'off' }), ENCRYPTED)).toEqual({});
  });
});
