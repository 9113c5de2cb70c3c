import type { InputOf, MethodName, OutputOf, Result } from '../../shared/api';
import { reportSessionError } from './session-signal';

interface WenmiBridge {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
}

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the browser host serves the page. */
    wenmi?: WenmiBridge;
  }
}

const UNREACHABLE: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: '无法连接到文秘台账服务，请检查程序是否在运行。' },
};

async function overHttp(method: string, input: unknown): Promise<Result<unknown>> {
  try {
    const response = await fetch('/api/invoke', {
      method: 'POST',
      credentials: 'same-origin',
      // The custom header makes a cross-site form post impossible without a CORS preflight the host refuses.
      headers: { 'Content-Type': 'application/json', 'X-Wenmi': '1' },
      body: JSON.stringify({ method, input }),
    });
    return (await response.json()) as Result<unknown>;
  } catch {
    return UNREACHABLE;
  }
}

/** The one way the renderer talks to the core: never throws, always a Result. */
export async function invoke<M extends MethodName>(method: M, input: InputOf<M>): Promise<Result<OutputOf<M>>> {
  const bridge = window.wenmi;
  const result = bridge ? await bridge.invoke(method, input).catch(() => UNREACHABLE) : await overHttp(method, input);
  if (!result.ok) reportSessionError(method, result.error.code);
  return result as Result<OutputOf<M>>;
}
