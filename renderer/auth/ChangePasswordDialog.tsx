import { Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { API } from '../../shared/api';
import { AppModal } from '../common/AppModal';
import { invoke } from '../api/client';
import { FormActions } from '../form/FormActions';
import { schemaErrors } from '../form/field-errors';
import { useEntryForm } from '../form/useEntryForm';

const EMPTY = { currentPassword: '', newPassword: '', confirm: '' };

export function ChangePasswordDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [done, setDone] = useState(false);
  const close = () => {
    form.reset(EMPTY);
    setDone(false);
    onClose();
  };
  const form = useEntryForm({
    initial: EMPTY,
    check: ({ confirm, ...input }) => {
      const errors = schemaErrors(API['auth.changePassword'].input, input);
      if (!errors.newPassword && confirm !== input.newPassword) errors.confirm = '两次输入的新密码不一致';
      return errors;
    },
    submit: ({ confirm: _confirm, ...input }) => invoke('auth.changePassword', input),
    onSaved: () => setDone(true),
    onCancel: close,
  });

  return (
    <AppModal opened={opened} onClose={close} title="修改密码">
      {done ? (
        <Stack gap="md">
          <Text role="status">密码已修改，下次登录请使用新密码。</Text>
          <Button onClick={close} data-autofocus>
            关闭
          </Button>
        </Stack>
      ) : (
        <form {...form.formProps} aria-label="修改密码">
          <Stack gap="md">
            <PasswordInput label="原密码" autoComplete="current-password" data-autofocus {...form.text('currentPassword')} />
            <PasswordInput label="新密码" description="至少 8 位" autoComplete="new-password" {...form.text('newPassword')} />
            <PasswordInput label="确认新密码" autoComplete="new-password" {...form.text('confirm')} />
            <FormActions generalError={form.generalError} saving={form.saving} onCancel={close} />
          </Stack>
        </form>
      )}
    </AppModal>
  );
}
