import { Button, Checkbox, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect } from 'react';
import { API } from '../../shared/api';
import { ROLE_LABELS, ROLES, type Role } from '../../shared/auth/roles';
import type { UserRow } from '../../shared/users/api';
import { invoke } from '../api/client';
import { FormActions } from '../form/FormActions';
import { schemaErrors } from '../form/field-errors';
import { useEntryForm } from '../form/useEntryForm';

interface Values {
  username: string;
  displayName: string;
  roles: Role[];
  password: string;
  disabled: boolean;
}

const BLANK: Values = { username: '', displayName: '', roles: [], password: '', disabled: false };

interface Props {
  user: UserRow | null;
  focusRequest: number;
  onSaved: (user: UserRow, isNew: boolean) => void;
  onCancel: () => void;
  onResetPassword: (user: UserRow) => void;
}

export function UserForm({ user, focusRequest, onSaved, onCancel, onResetPassword }: Props) {
  const form = useEntryForm({
    initial: user ? { ...BLANK, username: user.username, displayName: user.displayName, roles: user.roles, disabled: user.disabled } : BLANK,
    check: ({ username, displayName, roles, password, disabled }) =>
      user
        ? schemaErrors(API['users.update'].input, { id: user.id, displayName, roles, disabled })
        : schemaErrors(API['users.add'].input, { username, displayName, roles, password }),
    submit: ({ username, displayName, roles, password, disabled }) =>
      user
        ? invoke('users.update', { id: user.id, displayName, roles, disabled })
        : invoke('users.add', { username, displayName, roles, password }),
    onSaved: (saved) => {
      if (!user) {
        form.reset(BLANK);
        form.focusFirst();
      }
      onSaved(saved, !user);
    },
    onCancel,
  });
  const { focusFirst } = form;
  useEffect(() => focusFirst(), [focusFirst, focusRequest]);

  return (
    <form {...form.formProps} aria-label={user ? '修改用户' : '新增用户'}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {user ? `修改用户：${user.displayName}` : '新增用户'}
        </Title>
        {user ? (
          <Text>用户名：{user.username}</Text>
        ) : (
          <TextInput label="用户名" description="登录时使用，如 zhangsan" autoComplete="off" {...form.text('username')} />
        )}
        <TextInput label="姓名" {...form.text('displayName')} />
        <Checkbox.Group
          label="角色"
          description="审计员不能兼任其他角色"
          value={form.values.roles}
          onChange={(v) => form.set('roles', v as Role[])}
          error={form.errors.roles}
        >
          <Group gap="md" mt={6}>
            {ROLES.map((r) => (
              <Checkbox key={r} value={r} label={ROLE_LABELS[r]} />
            ))}
          </Group>
        </Checkbox.Group>
        {user ? (
          <Checkbox
            label="停用"
            description="停用后不能登录，历史记录保留"
            checked={form.values.disabled}
            onChange={(e) => form.set('disabled', e.currentTarget.checked)}
            error={form.errors.disabled}
          />
        ) : (
          <PasswordInput
            label="初始密码"
            description="至少 8 位；请用户登录后自行修改"
            autoComplete="new-password"
            {...form.text('password')}
          />
        )}
        <FormActions generalError={form.generalError} saving={form.saving} onCancel={onCancel}>
          {user && (
            <Button type="button" variant="default" onClick={() => onResetPassword(user)}>
              重置密码
            </Button>
          )}
        </FormActions>
      </Stack>
    </form>
  );
}
