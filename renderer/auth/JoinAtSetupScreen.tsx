import { Button, Stack } from '@mantine/core';
import { FolderKeyForm } from '../sync/FolderKeyForm';
import { AuthFrame } from './AuthFrame';

/**
 * First run on a further PC of the office: it joins the office's sync set, and the office,
 * its users and registers arrive from the folder; then the usual login.
 */
export function JoinAtSetupScreen({ onDone, onBack }: { onDone: () => void; onBack: () => void }) {
  return (
    <AuthFrame heading="加入已有同步组" subheading="本单位的用户和登记内容将从同步文件夹取来，完成后用原来的用户名和密码登录。">
      <Stack gap="md">
        <FolderKeyForm method="sync.joinAtSetup" label="加入已有同步组" submitLabel="加入同步组" autoFocus onSaved={onDone} />
        <Button variant="subtle" onClick={onBack} style={{ alignSelf: 'flex-start' }}>
          返回：这是本单位的第一台电脑
        </Button>
      </Stack>
    </AuthFrame>
  );
}
