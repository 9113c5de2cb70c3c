import './classified.css';
import { COPY_PLACE_LABELS, type CopyPlace } from '../../shared/classified/vocabulary';

export function PlaceBadge({ place }: { place: CopyPlace }) {
  return <span className={`state copy-place-${place}`}>{COPY_PLACE_LABELS[place]}</span>;
}

/** A copy not back by its return time (R26): red, as everything overdue (ui.md). */
export function OverdueMark({ label = '逾期' }: { label?: string }) {
  return <span className="state state-overdue">{label}</span>;
}
