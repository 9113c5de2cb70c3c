import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { StockCheck, StockCheckItem } from '../../shared/classified/api';
import { formatCopyNumber } from '../../shared/incoming/copy-numbers';
import { invoke } from '../api/client';
import { LoadError } from '../common/LoadError';
import { Page } from '../common/Page';
import { shanghaiMinute } from '../common/time';
import { Announcement } from '../form/Announcement';
import { OverdueMark, PlaceBadge } from './marks';
import { ResolveForm } from './ResolveForm';

function Expected({ item }: { item: StockCheckItem }) {
  return (
    <>
      <PlaceBadge place={item.expected} /> {item.expectedHolder}
    </>
  );
}

/** The items of the check: where each copy should be, and whether it was seen. */
function ItemTable({ check, busyId, onConfirm }: { check: StockCheck; busyId: string | null; onConfirm: (item: StockCheckItem) => void }) {
  const open = check.finishedAt === null;
  return (
    <div className="ledger-scroll">
      <table className="ledger" aria-label="清查清单">
        <thead>
          <tr>
            <th scope="col">编号</th>
            <th scope="col">标题</th>
            <th scope="col">份号</th>
            <th scope="col">应在</th>
            <th scope="col">清查结果</th>
          </tr>
        </thead>
        <tbody>
          {check.items.length === 0 ? (
            <tr>
              <td className="empty" colSpan={5}>
                清查开始时没有在库或传阅中的密件。
              </td>
            </tr>
          ) : (
            check.items.map((i) => (
              <tr key={i.id}>
                <td>{i.serialText}</td>
                <td className="wrap">{i.title}</td>
                <td>{formatCopyNumber(i.copyNo)}</td>
                <td>
                  <Expected item={i} />
                </td>
                <td>
                  {i.confirmedAt ? (
                    `已确认 ${shanghaiMinute(i.confirmedAt)}`
                  ) : open ? (
                    <Button size="compact-sm" onClick={() => onConfirm(i)} loading={busyId === i.id}>
                      确认
                    </Button>
                  ) : (
                    <OverdueMark label="差异" />
                  )}
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

/** What a finished check did not see, each an alert until the officer records what was found. */
function Discrepancies({ items, canResolve, onResolve }: { items: StockCheckItem[]; canResolve: boolean; onResolve: (item: StockCheckItem) => void }) {
  return (
    <table className="mini-ledger" aria-label="清查差异">
      <thead>
        <tr>
          <th scope="col">编号</th>
          <th scope="col">标题</th>
          <th scope="col">份号</th>
          <th scope="col">应在</th>
          <th scope="col">处理</th>
        </tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <tr key={i.id}>
            <td className="nowrap">{i.serialText}</td>
            <td>{i.title}</td>
            <td className="nowrap">{formatCopyNumber(i.copyNo)}</td>
            <td>
              <Expected item={i} />
            </td>
            <td>
              {i.resolvedAt ? (
                `${i.resolution}（${shanghaiMinute(i.resolvedAt)} 处理）`
              ) : canResolve ? (
                <Button size="compact-sm" variant="default" onClick={() => onResolve(i)}>
                  处理
                </Button>
              ) : (
                <OverdueMark label="未处理" />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** How far the check has come, in one line. */
function summary(check: StockCheck): string {
  const confirmed = check.items.filter((i) => i.confirmedAt).length;
  const started = `${shanghaiMinute(check.startedAt)} 由 ${check.officer} 开始`;
  if (!check.finishedAt) return `清查进行中：${started}，已确认 ${confirmed} / ${check.items.length} 份。逐份见到后点“确认”，全部核对后点“结束清查”。`;
  const open = check.items.filter((i) => i.discrepancy && !i.resolvedAt).length;
  return `上一次清查：${started}，${shanghaiMinute(check.finishedAt)} 结束；确认 ${confirmed} / ${check.items.length} 份${open > 0 ? `，${open} 份差异尚未处理` : ''}。`;
}

type Answer = { ok: true; value: StockCheck } | { ok: false; error: { message: string } };

/**
 * 清查: lists every copy the office should hold and where the register says it is; the officer
 * confirms each one seen, and whatever was not seen when the check ends is a discrepancy.
 */
export function CheckPage() {
  // undefined while loading; null when no check was ever started.
  const [check, setCheck] = useState<StockCheck | null | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [resolving, setResolving] = useState<StockCheckItem | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);

  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    void invoke('classified.check', {}).then((result) => {
      if (!current) return;
      if (result.ok) {
        setCheck(result.value);
        setLoadError(null);
      } else setLoadError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [round]);

  const run = async (key: string, call: () => Promise<Answer>, done: (c: StockCheck) => string) => {
    setBusy(key);
    setError(null);
    const result = await call();
    setBusy(null);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setCheck(result.value);
    setAnnouncement(done(result.value));
  };

  const start = () => void run('start', () => invoke('classified.startCheck', {}), (c) => `已开始清查：共 ${c.items.length} 份待确认`);
  const finish = (id: string) =>
    void run('finish', () => invoke('classified.finishCheck', { id }), (c) => {
      const missing = c.items.filter((i) => i.discrepancy).length;
      return missing > 0 ? `清查已结束：${missing} 份未确认，列为差异` : '清查已结束：每一份都已确认';
    });
  const confirm = (item: StockCheckItem) =>
    void run(item.id, () => invoke('classified.confirmCopy', { itemId: item.id }), () => `已确认：${item.serialText} 份号 ${formatCopyNumber(item.copyNo)}`);

  const discrepancies = check?.items.filter((i) => i.discrepancy) ?? [];
  return (
    <Page
      title="密件清查"
      actions={
        <>
          {check && !check.finishedAt && (
            <Button onClick={() => finish(check.id)} loading={busy === 'finish'}>
              结束清查
            </Button>
          )}
          {(check === null || check?.finishedAt) && (
            <Button onClick={start} loading={busy === 'start'}>
              开始清查
            </Button>
          )}
          <Button component="a" href="#/classified" variant="default">
            返回密件传阅
          </Button>
        </>
      }
    >
      <Stack gap="sm" style={{ flex: 1, minHeight: 0, overflowY: 'auto' }}>
        <Announcement text={announcement} />
        {loadError && <LoadError message={loadError} onRetry={() => setRound((r) => r + 1)} />}
        {error && (
          <Alert color="red" variant="light" role="alert" p="xs" aria-label="操作未完成">
            {error}
          </Alert>
        )}
        {check === undefined && !loadError && <Text>正在载入…</Text>}
        {check === null && <Text>还没有清查过。点“开始清查”列出在库和传阅中的每一份，见到一份确认一份。</Text>}
        {check && (
          <>
            <Text size="sm">{summary(check)}</Text>
            {discrepancies.length > 0 && (
              <section aria-label="清查差异">
                <Title order={3} size="h5" mb={4}>
                  清查差异（{discrepancies.length}）
                </Title>
                {resolving && (
                  <div className="action-panel" style={{ marginBottom: 8 }}>
                    <ResolveForm
                      key={resolving.id}
                      item={resolving}
                      onSaved={(c) => {
                        setAnnouncement(`已处理差异：${resolving.serialText} 份号 ${formatCopyNumber(resolving.copyNo)}`);
                        setResolving(null);
                        setCheck(c);
                      }}
                      onCancel={() => setResolving(null)}
                    />
                  </div>
                )}
                <Discrepancies items={discrepancies} canResolve={resolving === null} onResolve={setResolving} />
              </section>
            )}
            <ItemTable check={check} busyId={busy} onConfirm={confirm} />
          </>
        )}
      </Stack>
    </Page>
  );
}
