import '../seals/ledger-paper.css';
import type { CSSProperties, ReactNode } from 'react';
import type { LedgerEntry, LedgerPrint } from '../../shared/seals/api';
import { approverText, correctedByText, correctionText, methodText } from '../seals/entry-text';
import { paginate, slotsOf, type PaperColumn } from '../seals/ledger-pages';

/** Lines of text per row slot and slots per sheet: with the title, header and foot, one A4 landscape page (ledger-paper.css). */
const LINES_PER_SLOT = 3;
const SLOTS_PER_SHEET = 10;
/** A 汉字 at 9pt is 3.175 mm; each cell loses 2.4 mm to its padding. */
const perLine = (widthMm: number) => Math.floor((widthMm - 2.4) / 3.175);

/** '2026-11-05T09:30' as the paper writes it; the year is in the title. */
const paperTime = (local: string) => `${Number(local.slice(5, 7))}月${Number(local.slice(8, 10))}日 ${local.slice(11, 16)}`;

interface Column extends PaperColumn<LedgerEntry> {
  header: string;
  widthMm: number;
  num?: boolean;
  /** The cell when it is more than its text. */
  render?: (e: LedgerEntry) => ReactNode;
}

const column = (header: string, widthMm: number, text: (e: LedgerEntry) => string, extra: Pick<Column, 'num' | 'render'> = {}): Column => ({
  header,
  widthMm,
  perLine: perLine(widthMm),
  text,
  ...extra,
});

/** The 发文字号 is never broken across lines. */
const fileCell = (e: LedgerEntry) => (
  <>
    {e.fileName}
    {e.fileName && e.docNumber && '\n'}
    {e.docNumber && <span className="doc-number">{e.docNumber}</span>}
  </>
);

/** The columns of the paper 用印登记簿, 277 mm across: the sheet's width inside its margins. */
const COLUMNS: Column[] = [
  column('序号', 15, (e) => e.serialText, { num: true }),
  column('用印时间', 17, (e) => paperTime(e.usedAt).replace(' ', '\n')),
  column('印章', 24, (e) => e.sealName),
  column('事由', 38, (e) => e.reason),
  column('文件名称/关联发文', 44, (e) => [e.fileName, e.docNumber].filter(Boolean).join('\n'), { render: fileCell }),
  column('份数', 10, (e) => String(e.copies), { num: true }),
  column('申请单位', 24, (e) => e.unitName),
  column('经办人', 14, (e) => e.handler),
  column('批准人', 26, (e) => [approverText(e), e.approvedAt ? paperTime(e.approvedAt) : ''].filter(Boolean).join('\n')),
  column('监印人', 14, (e) => e.supervisor),
  column('方式', 21, (e) => methodText(e, paperTime)),
  column('备注', 30, (e) => [correctionText(e), correctedByText(e), e.remarks].filter(Boolean).join('\n')),
];

const slots = (n: number) => ({ '--slots': n }) as CSSProperties;

/** The month's 用印登记簿 as A4 landscape sheets: title, the book's columns, 第 N 页 共 M 页 at each foot. */
export function SealLedgerSheet({ print }: { print: LedgerPrint }) {
  const sheets = paginate(print.rows, (e) => slotsOf(e, COLUMNS, LINES_PER_SLOT, SLOTS_PER_SHEET), SLOTS_PER_SHEET);
  const [year, month] = print.month.split('-');
  return (
    <div aria-label="用印登记簿" role="document">
      {sheets.map((sheet, i) => (
        <article key={i} className="paper seal-ledger-sheet" aria-label={`用印登记簿 第 ${i + 1} 页`}>
          <h1>{print.officeName}用印登记簿</h1>
          <div className="sheet-meta">
            <span>
              {year}年{Number(month)}月
            </span>
            <span>印章：{print.sealName ?? '全部印章'}</span>
          </div>
          <table>
            <colgroup>
              {COLUMNS.map((c) => (
                <col key={c.header} style={{ width: `${c.widthMm}mm` }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c.header} scope="col">
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sheet.lines.map(({ item, slots: n }) => (
                <tr key={item.id} style={slots(n)}>
                  {COLUMNS.map((c) => (
                    <td key={c.header} className={c.num ? 'num' : undefined}>
                      {c.render ? c.render(item) : c.text(item)}
                    </td>
                  ))}
                </tr>
              ))}
              {Array.from({ length: sheet.blankSlots }, (_, k) => (
                <tr key={`blank-${k}`} style={slots(1)}>
                  {print.rows.length === 0 && k === 0 ? (
                    <td colSpan={COLUMNS.length}>本月没有用印登记。</td>
                  ) : (
                    COLUMNS.map((c) => <td key={c.header} />)
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <div className="sheet-foot">
            第 {i + 1} 页 共 {sheets.length} 页
          </div>
        </article>
      ))}
    </div>
  );
}
