import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  generalError: string | null;
  saving: boolean;
  submitLabel?: string;
  /** Omitted where there is nothing to go back to (first run, login). */
  onCancel?: () => void;
  cancelLabel?: string;
  /** The keys that work in this form, shown beside the buttons so nobody has to guess them. */
  keysHint?: string;
  /** Further buttons of this form, after 保存/取消. */
  children?: ReactNode;
}

/** A refusal that belongs to no field goes here, above the buttons. */
export function FormActions({
  generalError,
  saving,
  submitLabel = '保存',
  onCancel,
  cancelLabel = '取消',
  keysHint = 'Enter 下一项 · Ctrl+S 保存 · Esc 取消',
  children,
}: Props) {
  return (
    <Stack gap="xs">
      {generalError && (
        <Alert color="red" variant="light" role="alert" p="xs">
          {generalError}
        </Alert>
      )}
      <Group gap="xs">
        <Button type="submit" loading={saving}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" variant="default" onClick={onCancel}>
            {cancelLabel}
          </Button>
        )}
        {children}
        {keysHint && (
          <Text size="xs" c="dimmed">
            {keysHint}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
