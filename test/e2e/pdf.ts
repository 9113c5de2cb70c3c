import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';

export interface PrintedPdf {
  /** The text in drawing order (pdftotext -raw: a table cell's lines stay together), all whitespace removed. */
  flat: string;
  pages: number;
  /** pdfinfo's page size line, e.g. '841.89 x 595.276 pts (A4)'. */
  pageSize: string;
}

/** Prints the page to `path` with the sizes its CSS @page rules ask for, and reads back what is on the paper. */
export async function printToPdf(page: Page, path: string): Promise<PrintedPdf> {
  await page.pdf({ path, preferCSSPageSize: true });
  const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return {
    flat: text.replace(/\s+/g, ''),
    pages: Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]),
    pageSize: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '',
  };
}
