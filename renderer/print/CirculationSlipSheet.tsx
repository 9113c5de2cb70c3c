import type { ClassifiedDoc } from '../../shared/classified/api';
import { formatChineseDate } from '../../shared/dates';
import { formatCopyNumber, formatCopyRanges } from '../../shared/incoming/copy-numbers';
import { formatSecrecyPeriod, SECRECY_LEVEL_LABELS } from '../../shared/incoming/vocabulary';
import { blankLineCount, circulationLines } from '../classified/circulation-lines';
import { paperTime } from '../classified/paper-time';

const LINE_HEIGHT = { height: '11mm' };

/**
 * 密件传阅单: the document's head, then one line per 送阅 with its 退回, 阅签 and 批示 as
 * recorded, and blank lines under them for the readers and the officer to fill in by hand.
 */
export function CirculationSlipSheet({ doc: d, officeName }: { doc: ClassifiedDoc; officeName: string }) {
  const lines = circulationLines(d.copies);
  const blanks = Array.from({ length: blankLineCount(lines.length) }, (_, i) => i);
  return (
    <article className="paper" aria-label="密件传阅单">
      <h1>{officeName}密件传阅单</h1>
      <table>
        <colgroup>
          <col className="label" />
          <col />
          <col className="label" />
          <col />
        </colgroup>
        <tbody>
          <tr>
            <th scope="row">密级</th>
            <td>{`${SECRECY_LEVEL_LABELS[d.secrecyLevel]}★${formatSecrecyPeriod(d.secrecyPeriodMonths)}`}</td>
            <th scope="row">编号</th>
            <td className="nowrap">{d.serialText}</td>
          </tr>
          <tr>
            <th scope="row">标题</th>
            <td colSpan={3}>{d.title}</td>
          </tr>
          <tr>
            <th scope="row">来文字号</th>
            <td className="nowrap">{d.docNumber}</td>
            <th scope="row">来文单位</th>
            <td>{d.issuerName}</td>
          </tr>
          <tr>
            <th scope="row">份号</th>
            <td>{formatCopyRanges(d.copies.map((c) => c.copyNo))}</td>
            <th scope="row">收到日期</th>
            <td>{formatChineseDate(d.receivedDate)}</td>
          </tr>
          <tr>
            <th scope="row">知悉范围</th>
            <td colSpan={3}>{d.scope.map((p) => p.name).join('、')}</td>
          </tr>
        </tbody>
      </table>
      <table style={{ marginTop: '6mm', fontSize: '11pt', lineHeight: 1.35 }} aria-label="传阅记录">
        <colgroup>
          <col style={{ width: '17mm' }} />
          <col style={{ width: '12mm' }} />
          <col style={{ width: '20mm' }} />
          <col style={{ width: '28mm' }} />
          <col style={{ width: '28mm' }} />
          <col style={{ width: '15mm' }} />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">份号</th>
            <th scope="col">夹号</th>
            <th scope="col">阅件人</th>
            <th scope="col">送阅时间</th>
            <th scope="col">退回时间</th>
            <th scope="col">阅签</th>
            <th scope="col">批示</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={`${l.copyNo}-${l.sentAt}`} style={LINE_HEIGHT}>
              <td className="nowrap">{formatCopyNumber(l.copyNo)}</td>
              <td>{l.folderNo}</td>
              <td>{l.reader}</td>
              <td>{paperTime(l.sentAt)}</td>
              <td>{paperTime(l.returnedAt)}</td>
              <td>{l.returnedAt === null ? '' : l.signedOff ? '已签' : '未签'}</td>
              <td className="slip-text">{l.instruction}</td>
            </tr>
          ))}
          {blanks.map((i) => (
            <tr key={`blank-${i}`} style={LINE_HEIGHT}>
              {Array.from({ length: 7 }, (_, j) => (
                <td key={j} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="signature">
        <span>保密员：</span>
        <span>年　　月　　日</span>
      </div>
    </article>
  );
}
