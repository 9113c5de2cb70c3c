import type { DestructionSheet as Sheet } from '../../shared/destruction/api';
import { DESTRUCTION_METHOD_LABELS } from '../../shared/destruction/vocabulary';
import { formatCopyNumber } from '../../shared/incoming/copy-numbers';
import { SECRECY_LEVEL_LABELS } from '../../shared/incoming/vocabulary';
import { paperTime } from '../classified/paper-time';

/** Two 监销人 at least (R29): a sheet printed before the destruction leaves two lines for them. */
const MIN_SUPERVISORS = 2;

/**
 * 销毁清单: the batch's facts, the items still on the list (withdrawn ones are not destroyed),
 * and a line for each signature the destruction needs: 经办人, 押运人, every 监销人, 审批人.
 */
export function DestructionSheet({ sheet: { officeName, batch: b } }: { sheet: Sheet }) {
  const items = b.items.filter((i) => !i.withdrawn);
  const supervisors = [...b.supervisors, ...Array.from({ length: Math.max(0, MIN_SUPERVISORS - b.supervisors.length) }, () => '')];
  const signers: [string, string][] = [
    ['经办人', ''],
    ['押运人', b.escort],
    ...supervisors.map((name): [string, string] => ['监销人', name]),
    ['审批人', b.approverName],
  ];
  return (
    <article className="paper" aria-label="销毁清单">
      <h1>{officeName}销毁清单</h1>
      <table>
        <colgroup>
          <col className="label" />
          <col />
          <col className="label" />
          <col />
        </colgroup>
        <tbody>
          <tr>
            <th scope="row">批次号</th>
            <td className="nowrap">{b.batchNo}</td>
            <th scope="row">申请人</th>
            <td>{b.applicant}</td>
          </tr>
          <tr>
            <th scope="row">审批人</th>
            <td>{b.approverName ? `${b.approverName}${b.approverTitle ? `（${b.approverTitle}）` : ''}` : ''}</td>
            <th scope="row">审批时间</th>
            <td>{paperTime(b.approvedAt)}</td>
          </tr>
          <tr>
            <th scope="row">销毁方式</th>
            <td>{b.method ? DESTRUCTION_METHOD_LABELS[b.method] : ''}</td>
            <th scope="row">销毁时间</th>
            <td>{paperTime(b.destroyedAt)}</td>
          </tr>
          <tr>
            <th scope="row">机构或设备</th>
            <td>{b.facility}</td>
            <th scope="row">地点</th>
            <td>{b.place}</td>
          </tr>
        </tbody>
      </table>
      <table style={{ marginTop: '6mm', fontSize: '11pt', lineHeight: 1.35 }} aria-label="销毁物品">
        <colgroup>
          <col style={{ width: '12mm' }} />
          <col />
          <col style={{ width: '14mm' }} />
          <col style={{ width: '18mm' }} />
          <col style={{ width: '12mm' }} />
          <col style={{ width: '42mm' }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">序号</th>
            <th scope="col">标题</th>
            <th scope="col">密级</th>
            <th scope="col">份号</th>
            <th scope="col">份数</th>
            <th scope="col">原因</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i, n) => (
            <tr key={i.id}>
              <td style={{ textAlign: 'center' }}>{n + 1}</td>
              <td>{i.title}</td>
              <td className="nowrap">{SECRECY_LEVEL_LABELS[i.secrecyLevel]}</td>
              <td className="nowrap">{i.copyNo === null ? '' : formatCopyNumber(i.copyNo)}</td>
              <td style={{ textAlign: 'right' }}>{i.copies}</td>
              <td>{i.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table style={{ marginTop: '6mm' }} aria-label="签名">
        <colgroup>
          <col className="label" />
          <col style={{ width: '36mm' }} />
          <col />
          <col style={{ width: '44mm' }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">职责</th>
            <th scope="col">姓名</th>
            <th scope="col">签名</th>
            <th scope="col">日期</th>
          </tr>
        </thead>
        <tbody>
          {signers.map(([role, name], i) => (
            <tr key={i} style={{ height: '12mm' }}>
              <th scope="row">{role}</th>
              <td>{name}</td>
              <td />
              <td style={{ textAlign: 'right' }}>年　　月　　日</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
