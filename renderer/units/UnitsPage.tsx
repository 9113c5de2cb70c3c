import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { filterByName } from '../../shared/dictionaries/match';
import { UNIT_CATEGORY_LABELS, type Unit, type UnitCategory } from '../../shared/units/api';
import { canCall } from '../api/access';
import { useSession } from '../app/session';
import { LedgerTable, type Column } from '../common/LedgerTable';
import { LoadError } from '../common/LoadError';
import { Page } from '../common/Page';
import { SplitPane } from '../common/SplitPane';
import { StateBadge } from '../common/StateBadge';
import { useQuery } from '../common/useQuery';
import { useRecordEditor } from '../common/useRecordEditor';
import { unitKeys } from '../dictionaries/keys';
import { Announcement } from '../form/Announcement';
import { UnitForm } from './UnitForm';

const COLUMNS: Column<Unit>[] = [
  // The one column allowed to wrap, so narrow screens still show every column.
  { header: '单位全称', cell: (u) => u.fullName, kind: 'wrap' },
  { header: '简称', cell: (u) => u.shortName },
  { header: '类别', cell: (u) => UNIT_CATEGORY_LABELS[u.category] },
  { header: '拼音首字母', cell: (u) => u.initials },
  { header: '状态', cell: (u) => <StateBadge disabled={u.disabled} />, width: 72 },
];

export function UnitsPage() {
  const { user } = useSession();
  const canAdd = canCall(user, 'units.add');
  const canEdit = canCall(user, 'units.update');
  const units = useQuery('units.list', {});
  const [search, setSearch] = useState('');
  const [lastCategory, setLastCategory] = useState<UnitCategory | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const editor = useRecordEditor<Unit>({ canAdd, nameOf: (u) => u.fullName, reload: units.reload, returnFocusTo: searchRef });

  const all = units.data ?? [];
  const shown = useMemo(() => filterByName(units.data ?? [], search, unitKeys), [units.data, search]);

  const empty =
    all.length === 0
      ? canAdd
        ? '还没有单位。按 Ctrl+N 新增第一个。'
        : '还没有单位，请管理员或文秘新增。'
      : `没有找到“${search}”。可以输入单位名称中的字、拼音首字母（如 czj）或全拼（如 caizheng）。`;

  const list = (
    <>
      <TextInput
        ref={searchRef}
        label="查找单位"
        placeholder="输入名称、拼音首字母或全拼，如：财政、czj、caizheng"
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
      />
      <Text size="sm" c="dimmed">
        {units.data ? `共 ${all.length} 个单位${search ? `，找到 ${shown.length} 个` : ''}` : '正在载入…'}
      </Text>
      {units.error && <LoadError message={units.error} onRetry={units.reload} />}
      <LedgerTable
        label="单位名录"
        columns={COLUMNS}
        rows={shown}
        rowKey={(u) => u.id}
        empty={units.data ? empty : ''}
        selectedKey={editor.selectedId}
        onOpen={canEdit ? editor.open : undefined}
        muted={(u) => u.disabled}
      />
    </>
  );

  const side = (
    <Stack gap="xs">
      <Announcement text={editor.announcement} />
      {editor.editing ? (
        <UnitForm
          key={editor.formKey}
          unit={editor.editing.record}
          category={lastCategory}
          focusRequest={editor.focusRequest}
          onSaved={(unit, isNew) => {
            if (isNew) setLastCategory(unit.category);
            editor.saved(unit, isNew);
          }}
          onCancel={editor.close}
        />
      ) : (
        <Stack gap="xs">
          <Text>{canEdit ? '点击列表中的单位可以修改。' : '修改已有单位请联系管理员。'}</Text>
          {canAdd && <Text>按 Ctrl+N 或点“新增单位”登记一个新单位。</Text>}
        </Stack>
      )}
    </Stack>
  );

  return (
    <Page title="单位名录" actions={canAdd && <Button onClick={editor.startNew}>新增单位</Button>}>
      <SplitPane list={list} side={side} sideLabel={editor.editing ? '单位表单' : '说明'} />
    </Page>
  );
}
