import './print.css';
import { Button, Group, Text } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { invoke } from '../api/client';
import { LoadError } from '../common/LoadError';

interface Props {
  /** What is printed, as the audit trail names it: 发文稿纸, 收文处理单. */
  what: string;
  recordId: string;
  /** The sheet once its record is loaded; printing waits for it. */
  sheet: ReactNode | null;
  error: string | null;
  onRetry: () => void;
  back: { href: string; label: string };
  /** One line under the buttons: the paper and what goes on it. */
  hint: string;
}

/**
 * A one-record print page: the preview is the page that prints (only the sheet
 * goes on paper), with 打印 and a way back. Every print — the button, Ctrl+P or
 * the browser's menu — is recorded in the audit trail.
 */
export function PrintDesk({ what, recordId, sheet, error, onRetry, back, hint }: Props) {
  const ready = sheet !== null;
  useEffect(() => {
    if (!ready) return;
    const log = () => void invoke('audit.recordOutput', { kind: 'print', what, recordId });
    window.addEventListener('beforeprint', log);
    return () => window.removeEventListener('beforeprint', log);
  }, [ready, what, recordId]);

  return (
    <div className="paper-desk">
      <Group className="no-print" justify="center" gap="sm" mb="sm">
        <Button onClick={() => window.print()} disabled={!ready}>
          打印
        </Button>
        <Button component="a" href={back.href} variant="default">
          {back.label}
        </Button>
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      </Group>
      {error && (
        <div className="no-print" style={{ maxWidth: 640, margin: '0 auto' }}>
          <LoadError message={error} onRetry={onRetry} />
        </div>
      )}
      {sheet}
    </div>
  );
}
