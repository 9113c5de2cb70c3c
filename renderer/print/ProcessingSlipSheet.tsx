import type { ReactNode } from 'react';
import { formatChineseDate } from '../../shared/dates';
import { ASSIGNMENT_ROLE_LABELS, type IncomingRecord } from '../../shared/incoming/api';
import { SECRECY_LEVEL_LABELS, URGENCY_LABELS } from '../../shared/incoming/vocabulary';

const paperDate = (d: string | null) => (d ? formatChineseDate(d) : '');

/** 主办：县财政局；协办：县教育局（办理时限 2026年11月5日）, the deadline kept on one line. */
function assignmentsText(r: IncomingRecord): ReactNode {
  if (r.assignments.length === 0) return null;
  const byRole = (role: 'host' | 'assist') =>
    r.assignments.filter((a) => a.role === role).map((a) => a.unitName);
  const parts = (['host', 'assist'] as const)
    .filter((role) => byRole(role).length > 0)
    .map((role) => `${ASSIGNMENT_ROLE_LABELS[role]}：${byRole(role).join('、')}`);
  const deadlines = [...new Set(r.assignments.map((a) => a.deadline))].map(paperDate).join('、');
  return (
    <>
      {parts.join('；')}
      <span className="keep">（办理时限 {deadlines}）</span>
    </>
  );
}

/** 收文处理单: the register's facts about one document, the 拟办意见, each leader's 批示 and the result, on one A4 page. */
export function ProcessingSlipSheet({ record: r, officeName }: { record: IncomingRecord; officeName: string }) {
  return (
    <article className="paper processing-slip" aria-label="收文处理单">
      <h1>{officeName}收文处理单</h1>
      <table>
        <colgroup>
          <col className="label" />
          <col className="narrow" />
          <col className="label" />
          <col />
        </colgroup>
        <tbody>
          <tr>
            <th scope="row">来文单位</th>
            <td>{r.fromUnitName}</td>
            <th scope="row">文号</th>
            <td className="nowrap">{r.docNumber}</td>
          </tr>
          <tr>
            <th scope="row">标题</th>
            <td colSpan={3}>{r.title}</td>
          </tr>
          <tr>
            <th scope="row">收文日期</th>
            <td>{paperDate(r.receivedDate)}</td>
            <th scope="row">收文号</th>
            <td className="nowrap">{r.receiptNo}</td>
          </tr>
          <tr>
            <th scope="row">密级</th>
            <td>{SECRECY_LEVEL_LABELS[r.secrecyLevel]}</td>
            <th scope="row">紧急程度</th>
            <td>{URGENCY_LABELS[r.urgency]}</td>
          </tr>
          <tr>
            <th scope="row">拟办意见</th>
            <td colSpan={3} className="tall">
              <div className="slip-text">{r.proposal}</div>
              {r.proposedBy && (
                <div className="slip-sign">
                  拟办人：{r.proposedBy}　{paperDate(r.proposedDate)}
                </div>
              )}
            </td>
          </tr>
          <tr>
            <th scope="row">领导批示</th>
            <td colSpan={3} className="taller">
              {r.instructions.map((i) => (
                <div key={i.id} className="slip-instruction">
                  <div className="slip-text">{i.text}</div>
                  <div className="slip-sign">
                    {i.leaderName}　{paperDate(i.date)}
                    {i.late && '（补签）'}
                  </div>
                </div>
              ))}
            </td>
          </tr>
          <tr>
            <th scope="row">承办单位</th>
            <td colSpan={3}>{assignmentsText(r)}</td>
          </tr>
          <tr>
            <th scope="row">办理结果</th>
            <td colSpan={3} className="tall">
              <div className="slip-text">{r.handlingResult}</div>
              {r.doneDate && <div className="slip-sign">办结日期：{paperDate(r.doneDate)}</div>}
            </td>
          </tr>
          <tr>
            <th scope="row">备注</th>
            <td colSpan={3} className="remarks">
              {r.remarks}
            </td>
          </tr>
        </tbody>
      </table>
    </article>
  );
}
