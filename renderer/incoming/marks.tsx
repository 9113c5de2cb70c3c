import './incoming.css';
import { STATE_LABELS, type IncomingState } from '../../shared/incoming/states';
import { SECRECY_LEVEL_LABELS, URGENCY_LABELS, type SecrecyLevel, type Urgency } from '../../shared/incoming/vocabulary';

// Marked the same way everywhere (ui.md): the ordinary value is plain text, any other is a
// small framed mark, and only 绝密 and 特急 are red, so red keeps its meaning.

function Mark({ label, red }: { label: string; red: boolean }) {
  return <span className={`mark ${red ? 'mark-red' : 'mark-plain'}`}>{label}</span>;
}

export function SecrecyMark({ level }: { level: SecrecyLevel }) {
  if (level === 'none') return <span>{SECRECY_LEVEL_LABELS.none}</span>;
  return <Mark label={SECRECY_LEVEL_LABELS[level]} red={level === 'topSecret'} />;
}

export function UrgencyMark({ urgency }: { urgency: Urgency }) {
  if (urgency === 'normal') return <span>{URGENCY_LABELS.normal}</span>;
  return <Mark label={URGENCY_LABELS[urgency]} red={urgency === 'veryUrgent'} />;
}

export function IncomingStateBadge({ state }: { state: IncomingState }) {
  return <span className={`state state-${state}`}>{STATE_LABELS[state]}</span>;
}
