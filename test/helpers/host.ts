/** Calls to a running browser host, as the page makes them (the X-Wenmi header, the session cookie). */
export function hostClient(base: () => string) {
  async function invoke<V>(method: string, input: unknown, cookie?: string) {
    const res = await fetch(`${base()}/api/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Wenmi': '1', ...(cookie ? { Cookie: cookie } : {}) },
      body: JSON.stringify({ method, input }),
    });
    return { res, body: (await res.json()) as { ok: boolean; value: V } };
  }

  /** Signs in; the session cookie to send with the next calls. */
  async function login(username: string, password: string): Promise<string> {
    const { res } = await invoke('auth.login', { username, password });
    return res.headers.get('set-cookie')!.split(';')[0];
  }

  return { invoke, login };
}
