import { Alert, Button } from '@mantine/core';
import { AuthFrame } from './AuthFrame';

/** The core did not answer the very first question: say so in Chinese and offer to ask again. */
export function Unreachable({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <AuthFrame heading="文秘台账" subheading="暂时无法打开">
      <Alert color="red" variant="light" role="alert">
        {message}
      </Alert>
      <Button onClick={onRetry}>重试</Button>
    </AuthFrame>
  );
}
