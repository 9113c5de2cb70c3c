import type { OutgoingRecord } from '../../../shared/outgoing/api';

/** What every step form of the record panel gets: the document, and where the changed one goes with its announcement. */
export interface StepFormProps {
  record: OutgoingRecord;
  onSaved: (record: OutgoingRecord, what: string) => void;
  onCancel: () => void;
}
