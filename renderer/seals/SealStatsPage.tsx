import './seals.css';
import { Button, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { SealFigures, SealStats } from '../../shared/seals/api';
import { LoadError } from '../common/LoadError';
import { Page } from '../common/Page';
import { useQuery } from '../common/useQuery';
import { today } from '../incoming/workflow/dates';
import { UsesChart } from './UsesChart';

const thisYear = Number(today().slice(0, 4));
const YEARS = Array.from({ length: 10 }, (_, i) => String(thisYear - i)).map((y) => ({ value: y, label: `${y}年` }));
const MONTHS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);

/** 次数 and 份数 of one seal (or all) as two rows: month by month, then the year. */
function FigureRows({ name, months, total }: { name: string; months: readonly SealFigures[]; total: SealFigures }) {
  const row = (label: string, pick: (f: SealFigures) => number, first: boolean) => (
    <tr>
      {first && (
        <td rowSpan={2} className="seal-stats-name">
          {name}
        </td>
      )}
      <td>{label}</td>
      {MONTHS.map((m, i) => (
        <td key={m} className="num">
          {months[i] ? pick(months[i]) || '' : ''}
        </td>
      ))}
      <td className="num">{pick(total)}</td>
    </tr>
  );
  return (
    <tbody>
      {row('次数', (f) => f.uses, true)}
      {row('份数', (f) => f.copies, false)}
    </tbody>
  );
}

function BySealTable({ stats }: { stats: SealStats }) {
  return (
    <div className="ledger-scroll" style={{ flex: 'none' }}>
      <table className="ledger seal-stats" aria-label="各印章每月用印">
        <thead>
          <tr>
            <th scope="col">印章</th>
            <th scope="col">项目</th>
            {MONTHS.map((m) => (
              <th key={m} scope="col" className="num">
                {m}
              </th>
            ))}
            <th scope="col" className="num">
              全年
            </th>
          </tr>
        </thead>
        {stats.seals.map((s) => (
          <FigureRows key={s.sealId} name={s.sealName} months={s.months} total={s.total} />
        ))}
        <FigureRows name="合计" months={stats.months} total={stats.total} />
      </table>
    </div>
  );
}

function ByUnitTable({ stats }: { stats: SealStats }) {
  return (
    <div className="ledger-scroll" style={{ flex: 'none', maxWidth: 560 }}>
      <table className="ledger seal-stats" aria-label="各申请单位用印">
        <thead>
          <tr>
            <th scope="col">申请单位</th>
            <th scope="col" className="num">
              次数
            </th>
            <th scope="col" className="num">
              份数
            </th>
          </tr>
        </thead>
        <tbody>
          {stats.units.length === 0 && (
            <tr>
              <td colSpan={3} className="empty">
                这一年还没有用印。
              </td>
            </tr>
          )}
          {stats.units.map((u) => (
            <tr key={u.unitId ?? u.unitName}>
              <td>{u.unitName}</td>
              <td className="num">{u.total.uses}</td>
              <td className="num">{u.total.copies}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** 用印统计: a year's uses and copies per seal and month, per 申请单位, and the months as a chart. */
export function SealStatsPage() {
  const [year, setYear] = useState(String(thisYear));
  const stats = useQuery('seals.stats', { year: Number(year) });
  const s = stats.data;
  return (
    <Page
      title="用印统计"
      actions={
        <>
          <Select aria-label="年份" data={YEARS} value={year} onChange={(v) => v && setYear(v)} allowDeselect={false} w={100} />
          <Button component="a" href="#/seals" variant="default">
            返回用印登记
          </Button>
        </>
      }
    >
      {stats.error && <LoadError message={stats.error} onRetry={stats.reload} />}
      {!s ? (
        !stats.error && <Text>正在载入…</Text>
      ) : (
        <Stack gap="md" style={{ overflowY: 'auto', minHeight: 0 }}>
          <Text size="sm" c="dimmed">
            {s.year}年共用印 {s.total.uses} 次、{s.total.copies} 份。经更正的登记按更正后的内容计，登记有误、未实际用印的不计。
          </Text>
          <section aria-label="各印章每月用印">
            <Title order={3} size="h5" mb={6}>
              各印章每月用印（次数、份数）
            </Title>
            <BySealTable stats={s} />
          </section>
          <section aria-label="每月用印次数图">
            <Title order={3} size="h5" mb={6}>
              每月用印次数
            </Title>
            <UsesChart stats={s} />
          </section>
          <section aria-label="各申请单位用印">
            <Title order={3} size="h5" mb={6}>
              各申请单位用印
            </Title>
            <ByUnitTable stats={s} />
          </section>
        </Stack>
      )}
    </Page>
  );
}
