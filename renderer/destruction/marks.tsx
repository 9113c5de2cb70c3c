import './destruction.css';
import { BATCH_STATE_LABELS, type BatchState } from '../../shared/destruction/vocabulary';

export function BatchStateBadge({ state }: { state: BatchState }) {
  return <span className={`state batch-state-${state}`}>{BATCH_STATE_LABELS[state]}</span>;
}
