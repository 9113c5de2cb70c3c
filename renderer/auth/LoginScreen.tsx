import { PasswordInput, Stack, TextInput } from '@mantine/core';
import { API } from '../../shared/api';
import { invoke } from '../api/client';
import { FormActions } from '../form/FormActions';
import { schemaErrors } from '../form/field-errors';
import { useEntryForm } from '../form/useEntryForm';
import { AuthFrame } from './AuthFrame';

export function LoginScreen({ officeName, onDone }: { officeName: string; onDone: () => void }) {
  const form = useEntryForm({
    initial: { username: '', password: '' },
    check: (v) => schemaErrors(API['auth.login'].input, v),
    submit: (v) => invoke('auth.login', v),
    onSaved: onDone,
    lastEnterSubmits: true,
    passwordForm: true,
  });

  return (
    <AuthFrame heading={officeName || '文秘台账'} subheading="登录">
      <form {...form.formProps} aria-label="登录">
        <Stack gap="md">
          <TextInput label="用户名" autoComplete="username" autoFocus {...form.text('username')} />
          <PasswordInput label="密码" autoComplete="current-password" {...form.text('password')} />
          <FormActions generalError={form.generalError} saving={form.saving} submitLabel="登录" keysHint="" />
        </Stack>
      </form>
    </AuthFrame>
  );
}
