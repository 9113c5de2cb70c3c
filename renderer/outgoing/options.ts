import { DOC_TYPE_OPTIONS, SECRECY_LEVEL_OPTIONS, URGENCY_OPTIONS } from '../../shared/incoming/vocabulary';
import type { NumberCounter } from '../../shared/outgoing/api';
import { ISSUER_LABELS, ISSUERS, MATTER_LABELS, MATTERS, MEETING_TYPE_LABELS, MEETING_TYPES, PUBLICITY, PUBLICITY_LABELS } from '../../shared/outgoing/vocabulary';

const labelled = <C extends string>(codes: readonly C[], labels: Record<C, string>) => codes.map((value) => ({ value, label: labels[value] }));
const fromOptions = <C extends string>(list: readonly { code: C; label: string }[]) => list.map((o) => ({ value: o.code, label: o.label }));

// The register's fixed lists as dropdown data, shared by the form and the filters.
export const DOC_TYPES = fromOptions(DOC_TYPE_OPTIONS);
export const SECRECY = fromOptions(SECRECY_LEVEL_OPTIONS);
export const URGENCY_CHOICES = fromOptions(URGENCY_OPTIONS);
export const PUBLICITY_CHOICES = labelled(PUBLICITY, PUBLICITY_LABELS);
export const ISSUER_CHOICES = labelled(ISSUERS, ISSUER_LABELS);
export const MATTER_CHOICES = labelled(MATTERS, MATTER_LABELS);
export const MEETING_TYPE_CHOICES = labelled(MEETING_TYPES, MEETING_TYPE_LABELS);

/** Every 代字 in use, for choosing one; a disabled code is offered only where it is already chosen. */
export function codeChoices(counters: readonly NumberCounter[], keep?: string | null) {
  return counters.flatMap((c) => c.codes.filter((code) => !code.disabled || code.id === keep).map((code) => ({ value: code.id, label: code.code })));
}
