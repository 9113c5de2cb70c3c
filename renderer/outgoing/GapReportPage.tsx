import '../print/print.css';
import { Button, Group, Select, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { GapReport } from '../../shared/outgoing/api';
import { NUMBER_KIND_LABELS } from '../../shared/outgoing/vocabulary';
import { invoke } from '../api/client';
import { useSession } from '../app/session';
import { LoadError } from '../common/LoadError';
import { useQuery } from '../common/useQuery';
import { today } from '../incoming/workflow/dates';

const thisYear = Number(today().slice(0, 4));
const YEARS = Array.from({ length: 10 }, (_, i) => String(thisYear - i)).map((y) => ({ value: y, label: `${y}年` }));

/** Every serial from the first to the highest: in use, 作废 with reason and approver, 补录, or missing. */
function GapSheet({ report, officeName }: { report: GapReport; officeName: string }) {
  return (
    <article className="paper" aria-label="缺号报告">
      <h1>
        {officeName}
        {report.year}年发文字号缺号报告
      </h1>
      <p>
        编号序列：{report.counterName}。共 {report.entries.length} 个号，其中未正常使用 {report.holes.length} 个。
      </p>
      <table aria-label="文号使用情况">
        <colgroup>
          <col style={{ width: '16mm' }} />
          <col style={{ width: '52mm' }} />
          <col style={{ width: '20mm' }} />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th>序号</th>
            <th>发文字号</th>
            <th>情况</th>
            <th>说明</th>
          </tr>
        </thead>
        <tbody>
          {report.entries.length === 0 && (
            <tr>
              <td colSpan={4}>这一年还没有文号。</td>
            </tr>
          )}
          {report.entries.map((e) => (
            <tr key={e.serial}>
              <td className="num">{e.serial}</td>
              <td className="nowrap">{e.docNumber}</td>
              <td>{e.kind === 'missing' ? '缺号' : NUMBER_KIND_LABELS[e.kind]}</td>
              <td>{e.explanation}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}

/** 缺号报告 (R15): one counter's year, printable as it is shown. */
export function GapReportPage() {
  const { status } = useSession();
  const codes = useQuery('outgoing.codes', {});
  const [counterId, setCounterId] = useState<string | null>(null);
  const [year, setYear] = useState(String(thisYear));
  const [report, setReport] = useState<{ data: GapReport | null; error: string | null }>({ data: null, error: null });
  const chosen = counterId ?? codes.data?.[0]?.id ?? null;

  useEffect(() => {
    if (!chosen) return;
    let current = true;
    void invoke('outgoing.gapReport', { counterId: chosen, year: Number(year) }).then((result) => {
      if (current) setReport(result.ok ? { data: result.value, error: null } : { data: null, error: result.error.message });
    });
    return () => {
      current = false;
    };
  }, [chosen, year]);

  // Also for Ctrl+P and the browser's own menu: every print of the report is in the audit trail.
  useEffect(() => {
    if (!report.data) return;
    const what = `缺号报告 ${report.data.counterName} ${report.data.year}年`;
    const log = () => void invoke('audit.recordOutput', { kind: 'print', what, recordId: report.data?.counterId ?? '' });
    window.addEventListener('beforeprint', log);
    return () => window.removeEventListener('beforeprint', log);
  }, [report.data]);

  const counters = (codes.data ?? []).map((c) => ({ value: c.id, label: c.codes.length ? `${c.name}（${c.codes.map((x) => x.code).join('、')}）` : c.name }));
  return (
    <div className="paper-desk">
      <Group className="no-print" justify="center" align="flex-end" gap="sm" mb="sm">
        <Select label="编号序列" data={counters} value={chosen} onChange={(v) => v && setCounterId(v)} allowDeselect={false} w={260} />
        <Select label="年份" data={YEARS} value={year} onChange={(v) => v && setYear(v)} allowDeselect={false} w={100} />
        <Button onClick={() => window.print()} disabled={!report.data}>
          打印
        </Button>
        <Button component="a" href="#/outgoing" variant="default">
          返回发文登记
        </Button>
      </Group>
      {(codes.error ?? report.error) && (
        <div className="no-print" style={{ maxWidth: 640, margin: '0 auto' }}>
          <LoadError message={(codes.error ?? report.error)!} onRetry={codes.reload} />
        </div>
      )}
      {codes.data?.length === 0 && (
        <Text ta="center" className="no-print">
          还没有编号序列，请管理员先在“机关代字”中配置。
        </Text>
      )}
      {report.data && <GapSheet report={report.data} officeName={status.officeName} />}
    </div>
  );
}
