import { Anchor, Button, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../shared/api';
import type { AuditEntry } from '../../shared/audit/api';
import { invoke } from '../api/client';
import { LedgerTable, type Column } from '../common/LedgerTable';
import { Page } from '../common/Page';
import { shanghaiDateTime } from '../common/time';
import { AuditFilters, filterInput, NO_FILTERS, type Filters } from './AuditFilters';
import { describeChange, recordName, tableLabel } from './describe-change';
import { VerifyChain } from './VerifyChain';

const PAGE_SIZE = 100;

type AuditPageOf = OutputOf<'audit.list'>;

/** The auditor's screen: read the trail, narrow it down, and check that nobody has altered it. */
export function AuditPage() {
  const [applied, setApplied] = useState<Filters>(NO_FILTERS);
  // Changing it remounts the filter form with `applied`, e.g. after a click on a record.
  const [filtersKey, setFiltersKey] = useState(0);
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [moreError, setMoreError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  const show = (filters: Filters, page: AuditPageOf) => {
    setApplied(filters);
    setEntries(page.entries);
    setCursor(page.nextCursor);
    setMoreError(null);
  };

  const query = async (filters: Filters) => {
    const result = await invoke('audit.list', { ...filterInput(filters), limit: PAGE_SIZE });
    if (result.ok) show(filters, result.value);
    return result;
  };

  useEffect(() => {
    let current = true;
    void invoke('audit.list', { limit: PAGE_SIZE }).then((result) => {
      if (current && result.ok) show(NO_FILTERS, result.value);
    });
    return () => {
      current = false;
    };
  }, []);

  const loadMore = async () => {
    if (!cursor) return;
    setLoadingMore(true);
    const result = await invoke('audit.list', { ...filterInput(applied), cursor, limit: PAGE_SIZE });
    setLoadingMore(false);
    if (result.ok) {
      setEntries((e) => [...(e ?? []), ...result.value.entries]);
      setCursor(result.value.nextCursor);
    } else {
      setMoreError(result.error.message);
    }
  };

  const onlyRecord = (recordId: string) => {
    const filters = { ...applied, record: recordId };
    setApplied(filters);
    setFiltersKey((k) => k + 1);
    void query(filters);
  };

  const columns: Column<AuditEntry>[] = [
    { header: '时间', cell: (e) => shanghaiDateTime(e.at), width: 160 },
    { header: '操作人', cell: (e) => e.userName },
    {
      header: '操作',
      // A refused call is a security event: it is the one thing here shown in red.
      cell: (e) => (e.title.startsWith('拒绝') ? <Text c="red.8" span>{e.title}</Text> : e.title),
    },
    {
      header: '记录',
      cell: (e) =>
        e.recordId && (
          <Anchor component="button" type="button" size="sm" title={`只看此记录（${e.recordId}）`} onClick={() => onlyRecord(e.recordId!)}>
            {tableLabel(e.tableName)}：{recordName(e)}
          </Anchor>
        ),
    },
    {
      header: '详情 / 变更前后',
      kind: 'wrap',
      cell: (e) => [e.detail, describeChange(e.before, e.after)].filter(Boolean).join('；'),
      width: '42%',
    },
  ];

  return (
    <Page title="审计" actions={<VerifyChain />}>
      <AuditFilters key={filtersKey} filters={applied} onQuery={query} />
      <LedgerTable
        label="审计日志"
        columns={columns}
        rows={entries ?? []}
        rowKey={(e) => e.id}
        empty={entries ? '没有符合条件的记录。可以放宽查询条件后再查。' : '正在载入…'}
      />
      <Group gap="sm" mih={32}>
        <Text size="sm" c="dimmed">
          {entries ? `已显示 ${entries.length} 条${cursor ? '，还有更早的记录' : '，已到最早一条'}` : ''}
        </Text>
        {cursor && (
          <Button size="compact-sm" variant="default" loading={loadingMore} onClick={() => void loadMore()}>
            加载更多
          </Button>
        )}
        {moreError && (
          <Text size="sm" c="red.8" role="alert">
            {moreError}
          </Text>
        )}
      </Group>
    </Page>
  );
}
