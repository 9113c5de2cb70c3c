import { TextInput } from '@mantine/core';
import { showMeetingAt, toMeetingAt } from '../outgoing/meeting-time';

interface Props {
  label: string;
  value: string;
  onChange: (text: string) => void;
  error?: string;
}

/**
 * A date and time typed as text (2026-11-05 09:30); 2026/11/5 9:30 or 2026年11月5日 9时30分 are
 * tidied on leaving the field, and anything else is kept for the message under it to name.
 */
export function TimeField({ label, value, onChange, error }: Props) {
  return (
    <TextInput
      label={label}
      placeholder="例如 2026-11-05 09:30"
      inputMode="numeric"
      autoComplete="off"
      value={value}
      error={error}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={(e) => {
        const shown = showMeetingAt(toMeetingAt(e.currentTarget.value));
        if (shown !== e.currentTarget.value) onChange(shown);
      }}
    />
  );
}
