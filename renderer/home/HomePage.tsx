import './home.css';
import { Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { LoadError } from '../common/LoadError';
import { Page } from '../common/Page';
import { useQuery } from '../common/useQuery';
import { AwaitingList } from './AwaitingList';
import { DueList } from './DueList';
import { MinutesDueList, OutgoingWaitingList } from './OutgoingLists';

function Figure({ label, value, unit, alert }: { label: string; value: number; unit: string; alert?: boolean }) {
  return (
    <Paper withBorder p="sm" component="section" aria-label={label}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text className={`home-figure${alert && value > 0 ? ' home-figure-alert' : ''}`}>
        {value}
        <Text span size="sm" fw={400} ml={4}>
          {unit}
        </Text>
      </Text>
    </Paper>
  );
}

function Section({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <Stack gap={6} className="home-list" component="section" aria-label={title}>
      <Title order={3} size="h5">
        {title}（{count}）
      </Title>
      {children}
    </Stack>
  );
}

/** The 发文 half of the 工作台: minutes deadlines first (they run in hours), then drafts waiting for a step. */
function OutgoingSections() {
  const board = useQuery('outgoing.dashboard', {});
  const o = board.data;
  if (board.error) return <LoadError message={board.error} onRetry={board.reload} />;
  if (!o) return null;
  return (
    <>
      <Section title="会议纪要 已逾期" count={o.minutesOverdue.length}>
        <MinutesDueList label="会议纪要 已逾期" rows={o.minutesOverdue} empty="没有逾期的会议纪要" />
      </Section>
      <Section title="会议纪要 即将到期" count={o.minutesDueSoon.length}>
        <MinutesDueList label="会议纪要 即将到期" rows={o.minutesDueSoon} empty="没有即将到期的会议纪要" />
      </Section>
      <Section title="待签发" count={o.awaitingSignatureCount}>
        <OutgoingWaitingList label="待签发" rows={o.awaitingSignature} empty="没有等待签发的发文稿" />
      </Section>
      <Section title="已签发待编号" count={o.signedUnnumberedCount}>
        <OutgoingWaitingList label="已签发待编号" rows={o.signedUnnumbered} empty="没有已签发待编号的发文" />
      </Section>
    </>
  );
}

/** 工作台: this month's figures, what waits for a 批示, the assignments late or nearly due, and the 发文 waiting. */
export function HomePage() {
  const board = useQuery('incoming.dashboard', {});
  const d = board.data;
  const month = d ? `${Number(d.month.slice(5, 7))}月` : '本月';

  return (
    <Page
      title="工作台"
      actions={
        <>
          <Button component="a" href="#/incoming" variant="default">
            去收文登记
          </Button>
          <Button component="a" href="#/outgoing" variant="default">
            去发文登记
          </Button>
        </>
      }
    >
      {board.error && <LoadError message={board.error} onRetry={board.reload} />}
      {!d ? (
        !board.error && <Text>正在载入…</Text>
      ) : (
        <div className="home-scroll">
          <SimpleGrid cols={4} spacing="sm">
            <Figure label="本月收文" value={d.registeredThisMonth} unit={`份（${month}）`} />
            <Figure label="本月退文" value={d.returnedThisMonth} unit={`份（${month}）`} />
            <Figure label="待批示" value={d.awaitingInstruction.length} unit="份" />
            <Figure label="超期交办" value={d.overdue.length} unit="项" alert />
          </SimpleGrid>
          <Section title="超期" count={d.overdue.length}>
            <DueList label="超期" rows={d.overdue} empty="没有超期的交办事项" />
          </Section>
          <Section title="即将到期" count={d.dueSoon.length}>
            <DueList label="即将到期" rows={d.dueSoon} empty="没有 3 个工作日内到期的交办事项" />
          </Section>
          <Section title="待批示（呈签中）" count={d.awaitingInstruction.length}>
            <AwaitingList rows={d.awaitingInstruction} />
          </Section>
          <OutgoingSections />
        </div>
      )}
    </Page>
  );
}
