import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { API } from '../../shared/api';
import { invoke } from '../api/client';
import { FormActions } from '../form/FormActions';
import { schemaErrors } from '../form/field-errors';
import { useEntryForm } from '../form/useEntryForm';
import { AuthFrame } from './AuthFrame';
import { JoinAtSetupScreen } from './JoinAtSetupScreen';

const EMPTY = { officeName: '', username: '', displayName: '', password: '', confirm: '' };

/** First run on an empty database: the office and its first administrator, then straight into the app; or a further PC joins the office's sync set. */
export function SetupScreen({ onDone }: { onDone: () => void }) {
  const [joining, setJoining] = useState(false);
  const form = useEntryForm({
    initial: EMPTY,
    check: ({ confirm, ...input }) => {
      const errors = schemaErrors(API['auth.setup'].input, input);
      if (!errors.password && confirm !== input.password) errors.confirm = '两次输入的密码不一致';
      return errors;
    },
    submit: ({ confirm: _confirm, ...input }) => invoke('auth.setup', input),
    onSaved: onDone,
  });

  if (joining) return <JoinAtSetupScreen onDone={onDone} onBack={() => setJoining(false)} />;
  return (
    <AuthFrame heading="首次使用" subheading="本单位的第一台电脑：请填写本单位名称，并设置管理员账户。其他电脑请选下方的“加入已有同步组”。">
      <form {...form.formProps} aria-label="首次设置">
        <Stack gap="md">
          <TextInput
            label="单位名称"
            placeholder="例如：凤凰县人民政府办公室"
            description="打印在各类表单的抬头"
            autoFocus
            {...form.text('officeName')}
          />
          <TextInput
            label="管理员用户名"
            description="登录时使用，只能用字母、数字、下划线、点和短横线"
            autoComplete="username"
            {...form.text('username')}
          />
          <TextInput label="姓名" {...form.text('displayName')} />
          <PasswordInput label="密码" description="至少 8 位" autoComplete="new-password" {...form.text('password')} />
          <PasswordInput label="确认密码" autoComplete="new-password" {...form.text('confirm')} />
          <FormActions generalError={form.generalError} saving={form.saving} submitLabel="完成设置" keysHint="Enter 下一项 · Ctrl+S 完成" />
        </Stack>
      </form>
      <Button variant="subtle" onClick={() => setJoining(true)} style={{ alignSelf: 'flex-start' }}>
        加入已有同步组
      </Button>
    </AuthFrame>
  );
}
