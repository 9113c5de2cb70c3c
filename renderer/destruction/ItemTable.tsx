import { Button, Text } from '@mantine/core';
import type { DestructionItem } from '../../shared/destruction/api';
import { ITEM_KIND_LABELS } from '../../shared/destruction/vocabulary';
import { formatCopyNumber } from '../../shared/incoming/copy-numbers';
import { SecrecyMark } from '../incoming/marks';

interface Props {
  items: readonly DestructionItem[];
  /** Null: the list can no longer change, or this user may not take items off it. */
  onWithdraw: ((item: DestructionItem) => void) | null;
}

/** 类别 · 份号 · 份数 under the title, then 原因 and who proposed it; a withdrawn item keeps its place, struck through. */
function ItemLines({ item: i }: { item: DestructionItem }) {
  const copyNo = i.copyNo === null ? '' : `，份号 ${formatCopyNumber(i.copyNo)}`;
  return (
    <>
      <div className="item-lines item-main">
        {ITEM_KIND_LABELS[i.kind]}，<SecrecyMark level={i.secrecyLevel} />
        {copyNo}，{i.copies} 份
      </div>
      <div className="item-lines item-main">
        原因：{i.reason}（{i.proposedBy} 提出）
      </div>
      {i.withdrawn && <div className="item-lines">已撤出：{i.withdrawReason}</div>}
    </>
  );
}

/** 销毁清单: every item ever listed, in the order listed. */
export function ItemTable({ items, onWithdraw }: Props) {
  // Withdrawn items are not counted: the 序号 are those of the printed 销毁清单.
  const serial = new Map(items.filter((i) => !i.withdrawn).map((i, k) => [i.id, k + 1]));
  return (
    <section aria-label="销毁清单" className="record-section">
      <Text className="record-section-title">销毁清单</Text>
      <table className="mini-ledger" aria-label="销毁物品">
        <thead>
          <tr>
            <th scope="col" className="num">
              序号
            </th>
            <th scope="col">物品</th>
            {onWithdraw && <th scope="col">操作</th>}
          </tr>
        </thead>
        <tbody>
          {items.length === 0 ? (
            <tr>
              <td colSpan={onWithdraw ? 3 : 2}>还没有物品。点“添加物品”列入要销毁的文件资料。</td>
            </tr>
          ) : (
            items.map((i) => (
              <tr key={i.id} className={i.withdrawn ? 'item-withdrawn' : undefined}>
                <td className="num">{serial.get(i.id) ?? ''}</td>
                <td>
                  <div className="item-main">{i.title}</div>
                  <ItemLines item={i} />
                </td>
                {onWithdraw && (
                  <td>
                    {!i.withdrawn && (
                      <Button size="compact-xs" variant="default" onClick={() => onWithdraw(i)}>
                        撤出
                      </Button>
                    )}
                  </td>
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </section>
  );
}
