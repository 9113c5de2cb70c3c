import { Button, Text } from '@mantine/core';
import type { ClassifiedCopy } from '../../shared/classified/api';
import { formatCopyNumber } from '../../shared/incoming/copy-numbers';
import { whereLines } from './copy-text';
import { OverdueMark, PlaceBadge } from './marks';

export type CopyAction = 'send' | 'receive' | 'surrender';

interface Props {
  copies: readonly ClassifiedCopy[];
  /** Null: the reader only looks. */
  onAction: ((action: CopyAction, copy: ClassifiedCopy) => void) | null;
}

/** R27: each copy is in exactly one place; what may be done next follows from that place. */
function actionsOf(copy: ClassifiedCopy): [CopyAction, string][] {
  if (copy.place === 'inStock') {
    return [
      ['send', '送阅'],
      ['surrender', '清退'],
    ];
  }
  return copy.place === 'out' ? [['receive', '登记退回']] : [];
}

/** 各份去向: one row per 份号 with its place, who holds it since when and until when, and the officer's next steps. */
export function CopyTable({ copies, onAction }: Props) {
  return (
    <section aria-label="各份去向" className="record-section">
      <Text className="record-section-title">各份去向</Text>
      <table className="mini-ledger" aria-label="各份去向">
        <thead>
          <tr>
            <th scope="col">份号</th>
            <th scope="col">去向</th>
            {onAction && <th scope="col">操作</th>}
          </tr>
        </thead>
        <tbody>
          {copies.map((c) => (
            <tr key={c.id}>
              <td className="nowrap">{formatCopyNumber(c.copyNo)}</td>
              <td>
                <PlaceBadge place={c.place} /> {c.overdue && <OverdueMark />}
                {whereLines(c).map((line) => (
                  <div key={line} className="copy-lines">
                    {line}
                  </div>
                ))}
              </td>
              {onAction && (
                <td>
                  <div className="copy-actions">
                    {actionsOf(c).map(([action, label]) => (
                      <Button
                        key={action}
                        size="compact-xs"
                        variant={action === 'surrender' ? 'default' : 'filled'}
                        aria-label={`${label} ${formatCopyNumber(c.copyNo)}`}
                        onClick={() => onAction(action, c)}
                      >
                        {label}
                      </Button>
                    ))}
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
