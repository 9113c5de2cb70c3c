import { Kbd, Stack, Table, Text } from '@mantine/core';
import { AppModal } from '../common/AppModal';

const SHORTCUTS: [keys: string[], what: string][] = [
  [['F1'], '打开本帮助'],
  [['Ctrl', 'N'], '新增一条（登记收文、拟稿、用印、密件、销毁批次，新增单位、人员、用户、节假日）'],
  [['Enter'], '到下一项；在下拉列表中先选中高亮的选项'],
  [['Shift', 'Enter'], '回到上一项'],
  [['Ctrl', 'S'], '保存，光标在表单任何位置都可以'],
  [['Esc'], '取消编辑，或关闭下拉列表和对话框'],
  [['↑', '↓'], '在下拉选项或列表行之间移动；在列表行上按 Enter 打开'],
  [['Tab'], '在输入框和按钮之间移动'],
];

export function HelpDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <AppModal opened={opened} onClose={onClose} title="快捷键" size="lg">
      <Stack gap="sm">
        <Table verticalSpacing={6} aria-label="快捷键">
          <Table.Tbody>
            {SHORTCUTS.map(([keys, what]) => (
              <Table.Tr key={keys.join('+')}>
                <Table.Td w={140} style={{ whiteSpace: 'nowrap' }}>
                  {keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && ' + '}
                      <Kbd>{k}</Kbd>
                    </span>
                  ))}
                </Table.Td>
                <Table.Td>{what}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="sm" c="dimmed">
          一段时间没有键盘或鼠标操作，屏幕会自动锁定；输入密码即可回到原来的位置。
        </Text>
      </Stack>
    </AppModal>
  );
}
