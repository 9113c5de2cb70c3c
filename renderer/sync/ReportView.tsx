import { Alert, List, Stack, Table, Text } from '@mantine/core';
import type { SyncReport } from '../../shared/sync/api';
import { shanghaiDateTime } from '../common/time';
import type { DeviceName } from './conflict-text';
import { reportFigures, reportHeadline, reportTone } from './report-text';

/** The last sync as it went: when, whether the folder was there, the figures, and everything a person must look at. */
export function ReportView({ report, device }: { report: SyncReport | null; device: DeviceName }) {
  if (!report) return <Text size="sm">本机还没有同步过。点“立即同步”，或等待每 2 分钟一次的自动同步。</Text>;
  const tone = reportTone(report);
  return (
    <Stack gap="xs">
      <Text size="sm">时间：{shanghaiDateTime(report.at)}</Text>
      {tone === 'problem' ? (
        <Alert color="red" variant="light" p="xs" role="alert">
          {reportHeadline(report)}
        </Alert>
      ) : (
        <Text size="sm" fw={600} c={tone === 'ok' ? 'teal.8' : 'orange.8'}>
          {reportHeadline(report)}
        </Text>
      )}
      <List size="sm" spacing={2}>
        {reportFigures(report).map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
      {report.newDeviceId && (
        <Alert color="yellow" variant="light" p="xs" role="note">
          本机的数据是从另一台电脑复制来的，已改用新的电脑编号 {report.newDeviceId}。请在下方为本机重新命名，并检查发号电脑。
        </Alert>
      )}
      {report.clockWarnings.length > 0 && (
        <Alert color="yellow" variant="light" p="xs" role="note" title="时钟不准">
          {report.clockWarnings.map((w) => (
            <Text key={w} size="sm">
              {w}
            </Text>
          ))}
          <Text size="sm">同步照常进行。两台电脑改过同一项时以时间较晚的修改为准，请校准电脑时间，以免较早的修改反而被保留。</Text>
        </Alert>
      )}
      {report.quarantined.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600} c="orange.8">
            有 {report.quarantined.length} 个同步文件未通过校验，其中的内容没有应用；每次同步都会再检查，文件恢复原样后即自动应用：
          </Text>
          <Table aria-label="未通过校验的同步文件" verticalSpacing={2} horizontalSpacing={6} withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>电脑</Table.Th>
                <Table.Th>文件序号</Table.Th>
                <Table.Th>原因</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.quarantined.map((q) => (
                <Table.Tr key={`${q.deviceId}-${q.seq}`}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{device(q.deviceId)}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{q.seq}</Table.Td>
                  <Table.Td>{q.reason}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}
