import { Badge, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { UserRow } from '../../shared/users/api';
import { LedgerTable, type Column } from '../common/LedgerTable';
import { LoadError } from '../common/LoadError';
import { Page } from '../common/Page';
import { roleNames } from '../common/roles';
import { SplitPane } from '../common/SplitPane';
import { StateBadge } from '../common/StateBadge';
import { shanghaiMinute } from '../common/time';
import { useQuery } from '../common/useQuery';
import { useRecordEditor } from '../common/useRecordEditor';
import { Announcement } from '../form/Announcement';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { UserForm } from './UserForm';

function UserState({ user }: { user: UserRow }) {
  if (!user.disabled && user.lockedUntil) {
    return (
      <Badge variant="light" color="orange" radius="sm" fw={500}>
        锁定至 {shanghaiMinute(user.lockedUntil)}
      </Badge>
    );
  }
  return <StateBadge disabled={user.disabled} />;
}

const COLUMNS: Column<UserRow>[] = [
  { header: '用户名', cell: (u) => u.username },
  { header: '姓名', cell: (u) => u.displayName },
  { header: '角色', cell: (u) => roleNames(u.roles) },
  { header: '状态', cell: (u) => <UserState user={u} />, width: 180 },
];

/** Only administrators reach this screen (users.* are admin methods). */
export function UsersPage() {
  const users = useQuery('users.list', {});
  const editor = useRecordEditor<UserRow>({ canAdd: true, nameOf: (u) => u.displayName, reload: users.reload });
  const [resetting, setResetting] = useState<UserRow | null>(null);
  const [resetNote, setResetNote] = useState<string | null>(null);

  const list = (
    <>
      <Text size="sm" c="dimmed">
        {users.data ? `共 ${users.data.length} 个用户` : '正在载入…'}
      </Text>
      {users.error && <LoadError message={users.error} onRetry={users.reload} />}
      <LedgerTable
        label="用户"
        columns={COLUMNS}
        rows={users.data ?? []}
        rowKey={(u) => u.id}
        empty={users.data ? '还没有其他用户。按 Ctrl+N 新增。' : ''}
        selectedKey={editor.selectedId}
        onOpen={(u) => {
          setResetNote(null);
          editor.open(u);
        }}
        muted={(u) => u.disabled}
      />
    </>
  );

  const side = (
    <Stack gap="xs">
      <Announcement text={resetNote ?? editor.announcement} />
      {editor.editing ? (
        <UserForm
          key={editor.formKey}
          user={editor.editing.record}
          focusRequest={editor.focusRequest}
          onSaved={(u, isNew) => {
            setResetNote(null);
            editor.saved(u, isNew);
          }}
          onCancel={editor.close}
          onResetPassword={setResetting}
        />
      ) : (
        <Text>点击列表中的用户可以修改姓名、角色或停用，也可以重置密码；按 Ctrl+N 或点“新增用户”增加一个。</Text>
      )}
    </Stack>
  );

  return (
    <Page title="用户" actions={<Button onClick={editor.startNew}>新增用户</Button>}>
      <SplitPane list={list} side={side} sideLabel={editor.editing ? '用户表单' : '说明'} />
      {resetting && (
        <ResetPasswordDialog
          user={resetting}
          onClose={() => setResetting(null)}
          onDone={(u) => {
            setResetting(null);
            setResetNote(`已重置 ${u.displayName} 的密码`);
            users.reload();
          }}
        />
      )}
    </Page>
  );
}
