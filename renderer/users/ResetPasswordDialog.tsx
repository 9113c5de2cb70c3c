import { PasswordInput, Stack, Text } from '@mantine/core';
import { API } from '../../shared/api';
import type { UserRow } from '../../shared/users/api';
import { invoke } from '../api/client';
import { AppModal } from '../common/AppModal';
import { FormActions } from '../form/FormActions';
import { schemaErrors } from '../form/field-errors';
import { useEntryForm } from '../form/useEntryForm';

interface Props {
  user: UserRow;
  onDone: (user: UserRow) => void;
  onClose: () => void;
}

/** The administrator sets a new password for someone who forgot theirs; it also lifts a lockout. */
export function ResetPasswordDialog({ user, onDone, onClose }: Props) {
  const form = useEntryForm({
    initial: { password: '', confirm: '' },
    check: ({ password, confirm }) => {
      const errors = schemaErrors(API['users.resetPassword'].input, { id: user.id, password });
      if (!errors.password && confirm !== password) errors.confirm = '两次输入的新密码不一致';
      return errors;
    },
    submit: ({ password }) => invoke('users.resetPassword', { id: user.id, password }),
    onSaved: () => onDone(user),
    onCancel: onClose,
  });

  return (
    <AppModal opened onClose={onClose} title={`重置密码：${user.displayName}（${user.username}）`}>
      <form {...form.formProps} aria-label="重置密码">
        <Stack gap="md">
          <Text size="sm">新密码请当面或电话告知本人，并提醒其登录后修改。</Text>
          <PasswordInput label="新密码" description="至少 8 位" autoComplete="new-password" data-autofocus {...form.text('password')} />
          <PasswordInput label="确认新密码" autoComplete="new-password" {...form.text('confirm')} />
          <FormActions generalError={form.generalError} saving={form.saving} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
