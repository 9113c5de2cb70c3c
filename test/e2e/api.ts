import { expect, type Page } from '@playwright/test';

/** Calls the core through the browser host as the page's session; fails the test when the call is refused. */
export async function callApi(page: Page, method: string, input: unknown) {
  const answer = await page.evaluate(
    async ([m, i]) => {
      const response = await fetch('/api/invoke', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-Wenmi': '1' },
        body: JSON.stringify({ method: m, input: i }),
      });
      return response.json();
    },
    [method, input] as const,
  );
  expect(answer, `${method} ${JSON.stringify(answer)}`).toMatchObject({ ok: true });
  return answer.value;
}
