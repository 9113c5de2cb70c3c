import { TextInput } from '@mantine/core';
import { normalizeDateText } from './date-text';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  description?: string;
  w?: number;
}

/**
 * A date typed as text: faster than a calendar popup for people entering dates from paper,
 * and a wrong date keeps what was typed so the message under it can say what is wrong.
 */
export function DateField({ label, value, onChange, error, description, w }: Props) {
  return (
    <TextInput
      label={label}
      placeholder="例如 2026-10-08"
      description={description}
      w={w}
      value={value}
      error={error}
      inputMode="numeric"
      autoComplete="off"
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={(e) => {
        const normalized = normalizeDateText(e.currentTarget.value);
        if (normalized !== e.currentTarget.value) onChange(normalized);
      }}
    />
  );
}
