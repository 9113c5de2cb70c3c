import { Alert, Badge, Button, FileButton, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { DAY_KIND_LABELS, type CalendarDay } from '../../shared/calendar/api';
import { dayOfWeek, todayInShanghai } from '../../shared/dates';
import { canCall } from '../api/access';
import { invoke } from '../api/client';
import { useSession } from '../app/session';
import { LedgerTable, type Column } from '../common/LedgerTable';
import { LoadError } from '../common/LoadError';
import { Page } from '../common/Page';
import { SplitPane } from '../common/SplitPane';
import { useQuery } from '../common/useQuery';
import { useRecordEditor } from '../common/useRecordEditor';
import { Announcement } from '../form/Announcement';
import { DayForm } from './DayForm';
import { downloadText } from './file-transfer';
import { formatYears, selectableYears } from './years';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

const COLUMNS: Column<CalendarDay>[] = [
  { header: '日期', cell: (d) => d.date },
  { header: '星期', cell: (d) => WEEKDAYS[dayOfWeek(d.date)] },
  {
    header: '休/班',
    cell: (d) => (
      <Badge variant="light" color={d.kind === 'holiday' ? 'teal' : 'orange'} radius="sm" fw={500}>
        {DAY_KIND_LABELS[d.kind]}
      </Badge>
    ),
  },
  { header: '名称', cell: (d) => d.name },
  { header: '来源', cell: (d) => (d.source === 'seed' ? '内置' : '管理员') },
];

// calendar days have no id of their own: the date is the key.
type DayRecord = CalendarDay & { id: string };

export function CalendarPage() {
  const { user, refresh } = useSession();
  const canEdit = canCall(user, 'calendar.set');
  const [thisYear] = useState(() => Number(todayInShanghai(new Date()).slice(0, 4)));
  const [year, setYear] = useState(thisYear);
  const calendar = useQuery('calendar.year', { year });
  const [note, setNote] = useState<string | null>(null);
  const [transferError, setTransferError] = useState<string | null>(null);
  const changed = () => {
    calendar.reload();
    // The 节假日 warning in the shell may have gone (or come).
    void refresh();
  };
  const editor = useRecordEditor<DayRecord>({
    canAdd: canEdit,
    nameOf: (d) => `${d.date} ${DAY_KIND_LABELS[d.kind]}${d.name ? ` ${d.name}` : ''}`,
    reload: changed,
  });

  const days: DayRecord[] = (calendar.data?.days ?? []).map((d) => ({ ...d, id: d.date }));
  const yearsWithData = calendar.data?.yearsWithData ?? [];
  const hasData = yearsWithData.includes(year);

  const exportYear = async () => {
    setTransferError(null);
    const result = await invoke('calendar.export', { year });
    if (result.ok) downloadText(result.value.fileName, result.value.content);
    else setTransferError(result.error.message);
  };

  const importFile = async (file: File | null) => {
    if (!file) return;
    setTransferError(null);
    setNote(null);
    const result = await invoke('calendar.import', { content: await file.text() });
    if (result.ok) {
      const { added, changed: updated, unchanged } = result.value;
      setNote(`导入完成：新增 ${added} 天，修改 ${updated} 天，未变 ${unchanged} 天`);
      changed();
    } else {
      setTransferError(result.error.message);
    }
  };

  const list = (
    <>
      <Group align="flex-end" gap="md">
        <Select
          label="年份"
          data={selectableYears(yearsWithData, thisYear).map(String)}
          value={String(year)}
          onChange={(v) => v && setYear(Number(v))}
          allowDeselect={false}
          w={120}
        />
        <Text size="sm" c="dimmed" pb={8}>
          {calendar.data ? `已有节假日安排的年份：${formatYears(yearsWithData) || '无'}` : '正在载入…'}
        </Text>
      </Group>
      {calendar.data && !hasData && (
        <Alert color="yellow" variant="light" p="xs" role="note">
          {year} 年还没有节假日安排。国务院办公厅公布后，请逐日添加，或导入节假日文件；在此之前，{year} 年的工作日按周一至周五计算。
        </Alert>
      )}
      {calendar.error && <LoadError message={calendar.error} onRetry={calendar.reload} />}
      {transferError && (
        <Alert color="red" variant="light" p="xs" role="alert">
          {transferError}
        </Alert>
      )}
      <LedgerTable
        label={`${year} 年节假日`}
        columns={COLUMNS}
        rows={days}
        rowKey={(d) => d.date}
        empty={calendar.data ? (canEdit ? `${year} 年没有放假或调休的日子。按 Ctrl+N 添加一天，或导入节假日文件。` : `${year} 年没有放假或调休的日子。`) : ''}
        selectedKey={editor.selectedId}
        onOpen={canEdit ? editor.open : undefined}
      />
    </>
  );

  const side = (
    <Stack gap="xs">
      <Announcement text={note ?? editor.announcement} />
      {editor.editing ? (
        <DayForm
          key={editor.formKey}
          day={editor.editing.record}
          focusRequest={editor.focusRequest}
          onSaved={(day, isNew) => {
            setNote(null);
            editor.saved({ ...day, id: day.date }, isNew);
          }}
          onCleared={(date) => {
            setNote(`已恢复为普通日：${date}`);
            editor.close();
            changed();
          }}
          onCancel={editor.close}
        />
      ) : (
        <Text>
          {canEdit
            ? '这里只列出与“周一至周五上班”不同的日子。点击一行可以修改或恢复为普通日；按 Ctrl+N 添加一天。'
            : '这里只列出与“周一至周五上班”不同的日子，由管理员维护。'}
        </Text>
      )}
    </Stack>
  );

  return (
    <Page
      title="节假日"
      actions={
        canEdit && (
          <>
            <Button onClick={editor.startNew}>添加一天</Button>
            <Button variant="default" onClick={() => void exportYear()}>
              导出
            </Button>
            <FileButton accept=".json,application/json" onChange={(f) => void importFile(f)}>
              {(props) => (
                <Button variant="default" {...props}>
                  导入
                </Button>
              )}
            </FileButton>
          </>
        )
      }
    >
      <SplitPane list={list} side={side} sideLabel={editor.editing ? '节假日表单' : '说明'} />
    </Page>
  );
}
