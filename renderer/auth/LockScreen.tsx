import { Box, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { API } from '../../shared/api';
import type { SessionUser } from '../../shared/auth/api';
import { invoke } from '../api/client';
import { roleNames } from '../common/roles';
import { FormActions } from '../form/FormActions';
import { schemaErrors } from '../form/field-errors';
import { useEntryForm } from '../form/useEntryForm';
import { AuthFrame } from './AuthFrame';

interface Props {
  user: SessionUser;
  onUnlocked: () => void;
  onLogout: () => void;
}

/** Covers the whole window; the work underneath stays as it was, unseen, until the password is given. */
export function LockScreen({ user, onUnlocked, onLogout }: Props) {
  const form = useEntryForm({
    initial: { password: '' },
    check: (v) => schemaErrors(API['auth.unlock'].input, v),
    submit: (v) => invoke('auth.unlock', v),
    onSaved: onUnlocked,
    lastEnterSubmits: true,
    passwordForm: true,
  });

  // Fixed and above every layer (dropdowns included), so nothing of the work shows through.
  return (
    <Box pos="fixed" inset={0} style={{ zIndex: 1000, overflowY: 'auto' }}>
      <AuthFrame heading="已锁定" subheading="请输入密码解锁。">
        <Text>
          当前用户：{user.displayName}（{user.username}，{roleNames(user.roles)}）
        </Text>
        <form {...form.formProps} aria-label="解锁">
          <Stack gap="md">
            <PasswordInput label="密码" autoComplete="current-password" autoFocus {...form.text('password')} />
            <FormActions generalError={form.generalError} saving={form.saving} submitLabel="解锁" keysHint="">
              <Button type="button" variant="default" onClick={onLogout}>
                退出登录
              </Button>
            </FormActions>
          </Stack>
        </form>
      </AuthFrame>
    </Box>
  );
}
