import './home.css';
import { Button, SimpleGrid, Text } from '@mantine/core';
import { canCall } from '../api/access';
import { useSession } from '../app/session';
import { LoadError } from '../common/LoadError';
import { Page } from '../common/Page';
import { useQuery } from '../common/useQuery';
import { AwaitingList } from './AwaitingList';
import { DueList } from './DueList';
import { MinutesDueList, OutgoingWaitingList } from './OutgoingLists';
import { Figure, Section } from './parts';
import { SecrecyBoard } from './SecrecyBoard';

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

/** The clerk's half of the 工作台: this month's figures, what waits for a 批示, the assignments late or nearly due, and the 发文 waiting. */
function ClerkBoard() {
  const board = useQuery('incoming.dashboard', {});
  const d = board.data;
  const month = d ? `${Number(d.month.slice(5, 7))}月` : '本月';
  if (board.error) return <LoadError message={board.error} onRetry={board.reload} />;
  if (!d) return <Text>正在载入…</Text>;
  return (
    <>
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
    </>
  );
}

/** 工作台: what waits for this user, by role; someone with both roles sees both halves. */
export function HomePage() {
  const { user } = useSession();
  const clerk = canCall(user, 'incoming.dashboard');
  const officer = canCall(user, 'classified.dashboard');
  return (
    <Page
      title="工作台"
      actions={
        <>
          {clerk && (
            <>
              <Button component="a" href="#/incoming" variant="default">
                去收文登记
              </Button>
              <Button component="a" href="#/outgoing" variant="default">
                去发文登记
              </Button>
            </>
          )}
          {officer && (
            <>
              <Button component="a" href="#/classified" variant="default">
                去密件传阅
              </Button>
              <Button component="a" href="#/classified/board" variant="default">
                传阅看板
              </Button>
            </>
          )}
        </>
      }
    >
      <div className="home-scroll">
        {clerk && <ClerkBoard />}
        {officer && <SecrecyBoard />}
      </div>
    </Page>
  );
}
