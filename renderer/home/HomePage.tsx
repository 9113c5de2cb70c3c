import './home.css';
import { Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { LoadError } from '../common/LoadError';
import { Page } from '../common/Page';
import { useQuery } from '../common/useQuery';
import { AwaitingList } from './AwaitingList';
import { DueList } from './DueList';

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

/** 工作台: this month's figures, what waits for a 批示, and the assignments late or nearly due. */
export function HomePage() {
  const board = useQuery('incoming.dashboard', {});
  const d = board.data;
  const month = d ? `${Number(d.month.slice(5, 7))}月` : '本月';

  return (
    <Page
      title="工作台"
      actions={
        <Button component="a" href="#/incoming" variant="default">
          去收文登记
        </Button>
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
        </div>
      )}
    </Page>
  );
}
