import { formatChineseDate } from '../../shared/dates';
import { formatSecrecyPeriod, isClassified, SECRECY_LEVEL_LABELS, URGENCY_LABELS } from '../../shared/incoming/vocabulary';
import type { OutgoingRecord } from '../../shared/outgoing/api';
import { PUBLICITY_LABELS } from '../../shared/outgoing/vocabulary';

const paperDate = (d: string | null) => (d ? formatChineseDate(d) : '');

/** 密级★保密期限 as printed on the document's head: 秘密★5年; 非密 alone. */
function secrecyText(r: OutgoingRecord): string {
  if (!isClassified(r.secrecyLevel)) return SECRECY_LEVEL_LABELS[r.secrecyLevel];
  return r.secrecyPeriodMonths ? `${SECRECY_LEVEL_LABELS[r.secrecyLevel]}★${formatSecrecyPeriod(r.secrecyPeriodMonths)}` : SECRECY_LEVEL_LABELS[r.secrecyLevel];
}

/** 印制份数 with the 份号 range a classified document carries. */
function copiesText(r: OutgoingRecord): string {
  if (r.copies === null) return '';
  return r.copyFrom !== null && r.copyTo !== null ? `${r.copies}份（${r.copyFrom}—${r.copyTo}号）` : `${r.copies}份`;
}

/**
 * 发文稿纸: the boxes of the government draft form, 签发 first as on paper, filled with what
 * the register holds; boxes it does not hold (附件) stay blank for the pen.
 */
export function DraftSheet({ record: r, officeName }: { record: OutgoingRecord; officeName: string }) {
  const signs = r.signatures.filter((s) => s.step === 'sign');
  const reviews = r.signatures.filter((s) => s.step === 'review');
  return (
    <article className="paper draft-sheet" aria-label="发文稿纸">
      <h1>{officeName}发文稿纸</h1>
      <table>
        <colgroup>
          <col className="label" />
          <col />
          <col className="label" />
          <col />
        </colgroup>
        <tbody>
          <tr>
            <th scope="row">密级和保密期限</th>
            <td>{secrecyText(r)}</td>
            <th scope="row">缓急</th>
            <td>{URGENCY_LABELS[r.urgency]}</td>
          </tr>
          <tr>
            <th scope="row">签发</th>
            <td colSpan={3} className="tall">
              {signs.map((s) => (
                <div key={s.id} className="slip-sign">
                  {s.personName}　{paperDate(s.date)}
                </div>
              ))}
            </td>
          </tr>
          <tr>
            <th scope="row">审核</th>
            <td colSpan={3}>
              {reviews.map((s) => `${s.personName}　${paperDate(s.date)}`).join('；')}
            </td>
          </tr>
          <tr>
            <th scope="row">会签</th>
            <td colSpan={3}>{r.countersigns.map((c) => `${c.unitName} ${c.who}　${paperDate(c.date)}`).join('；')}</td>
          </tr>
          <tr>
            <th scope="row">核稿</th>
            <td colSpan={3}>{r.reviewer ? `${r.reviewer}　${paperDate(r.reviewDate)}` : ''}</td>
          </tr>
          <tr>
            <th scope="row">主送</th>
            <td colSpan={3}>{r.mainTo}</td>
          </tr>
          <tr>
            <th scope="row">抄送</th>
            <td colSpan={3}>{r.ccTo}</td>
          </tr>
          <tr>
            <th scope="row">发文字号</th>
            <td className="nowrap">{r.docNumber}</td>
            <th scope="row">成文日期</th>
            <td>{paperDate(r.writtenDate)}</td>
          </tr>
          <tr>
            <th scope="row">拟稿单位</th>
            <td>{r.draftUnitName}</td>
            <th scope="row">拟稿人</th>
            <td>{r.drafter}</td>
          </tr>
          <tr>
            <th scope="row">印制份数</th>
            <td>{copiesText(r)}</td>
            <th scope="row">公开属性</th>
            <td>{PUBLICITY_LABELS[r.publicity]}</td>
          </tr>
          <tr>
            <th scope="row">附件</th>
            <td colSpan={3} />
          </tr>
          <tr>
            <th scope="row">标题</th>
            <td colSpan={3} className="tall">
              {r.title}
            </td>
          </tr>
        </tbody>
      </table>
    </article>
  );
}
