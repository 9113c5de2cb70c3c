/** A benchmark: measures one figure and says whether it meets its target. */
export interface Benchmark {
  figure: string;
  target: string;
  run(): Promise<{ measured: string; pass: boolean }> | { measured: string; pass: boolean };
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Runs each benchmark, prints the table, and exits non-zero when any target is missed. */
export async function runAll(benchmarks: Benchmark[], only = process.argv[2]): Promise<void> {
  const rows: string[][] = [];
  // `npm run bench -- 收文` runs only the figures whose name contains 收文.
  for (const b of benchmarks.filter((x) => !only || x.figure.includes(only))) {
    process.stderr.write(`running: ${b.figure}\n`);
    const { measured, pass } = await b.run();
    rows.push([b.figure, b.target, measured, pass ? 'pass' : 'FAIL']);
  }
  const header = ['figure', 'target', 'measured', 'result'];
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c + ' '.repeat(widths[i] - width(c))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  const failed = rows.filter((r) => r[3] === 'FAIL');
  if (failed.length) {
    console.error(`\nBENCHMARK FAILED: ${failed.length} target(s) missed: ${failed.map((r) => r[0]).join('; ')}`);
    process.exit(1);
  }
  console.log(`\nall ${rows.length} targets met`);
}

/** Display width: CJK characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}
