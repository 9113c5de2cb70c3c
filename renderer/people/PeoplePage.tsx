import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { filterByName } from '../../shared/dictionaries/match';
import type { Person } from '../../shared/people/api';
import { canCall } from '../api/access';
import { useSession } from '../app/session';
import { LedgerTable, type Column } from '../common/LedgerTable';
import { LoadError } from '../common/LoadError';
import { Page } from '../common/Page';
import { SplitPane } from '../common/SplitPane';
import { StateBadge } from '../common/StateBadge';
import { useQuery } from '../common/useQuery';
import { useRecordEditor } from '../common/useRecordEditor';
import { personKeys } from '../dictionaries/keys';
import { Announcement } from '../form/Announcement';
import { PersonForm } from './PersonForm';

export function PeoplePage() {
  const { user } = useSession();
  const canAdd = canCall(user, 'people.add');
  const canEdit = canCall(user, 'people.update');
  const people = useQuery('people.list', {});
  const units = useQuery('units.list', {});
  const [search, setSearch] = useState('');
  const [lastUnitId, setLastUnitId] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const editor = useRecordEditor<Person>({ canAdd, nameOf: (p) => p.name, reload: people.reload, returnFocusTo: searchRef });

  const unitName = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u.fullName])), [units.data]);
  const all = people.data ?? [];
  const shown = useMemo(() => filterByName(people.data ?? [], search, personKeys), [people.data, search]);

  const columns: Column<Person>[] = [
    { header: '姓名', cell: (p) => p.name },
    { header: '职务', cell: (p) => p.title },
    { header: '所在单位', cell: (p) => (p.unitId ? (unitName.get(p.unitId) ?? '') : ''), kind: 'wrap' },
    { header: '拼音首字母', cell: (p) => p.initials },
    { header: '状态', cell: (p) => <StateBadge disabled={p.disabled} />, width: 72 },
  ];

  const empty =
    all.length === 0
      ? canAdd
        ? '还没有人员。按 Ctrl+N 新增第一位（例如县长、副县长等签批领导）。'
        : '还没有人员，请管理员新增。'
      : `没有找到“${search}”。可以输入姓名中的字、拼音首字母或全拼。`;

  const list = (
    <>
      <TextInput
        ref={searchRef}
        label="查找人员"
        placeholder="输入姓名、拼音首字母或全拼"
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
      />
      <Text size="sm" c="dimmed">
        {people.data ? `共 ${all.length} 人${search ? `，找到 ${shown.length} 人` : ''}` : '正在载入…'}
      </Text>
      {people.error && <LoadError message={people.error} onRetry={people.reload} />}
      {units.error && <LoadError message={units.error} onRetry={units.reload} />}
      <LedgerTable
        label="人员名录"
        columns={columns}
        rows={shown}
        rowKey={(p) => p.id}
        empty={people.data ? empty : ''}
        selectedKey={editor.selectedId}
        onOpen={canEdit ? editor.open : undefined}
        muted={(p) => p.disabled}
      />
    </>
  );

  const side = (
    <Stack gap="xs">
      <Announcement text={editor.announcement} />
      {editor.editing ? (
        <PersonForm
          key={editor.formKey}
          person={editor.editing.record}
          units={units.data ?? []}
          unitId={lastUnitId}
          focusRequest={editor.focusRequest}
          onSaved={(person, isNew) => {
            if (isNew) setLastUnitId(person.unitId);
            editor.saved(person, isNew);
          }}
          onCancel={editor.close}
        />
      ) : (
        <Text>
          {canAdd ? '点击列表中的人员可以修改；按 Ctrl+N 或点“新增人员”登记一位。' : '人员名录由管理员维护。'}
        </Text>
      )}
    </Stack>
  );

  return (
    <Page title="人员名录" actions={canAdd && <Button onClick={editor.startNew}>新增人员</Button>}>
      <SplitPane list={list} side={side} sideLabel={editor.editing ? '人员表单' : '说明'} />
    </Page>
  );
}
