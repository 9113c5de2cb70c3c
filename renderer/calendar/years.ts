/** [2004, 2005, 2006, 2010] -> '2004–2006、2010' */
export function formatYears(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return runs.join('、');
}

/** The years worth offering: those with data, and the years around this one (next year is the one usually missing). */
export function selectableYears(withData: readonly number[], thisYear: number): number[] {
  return [...new Set([...withData, thisYear - 1, thisYear, thisYear + 1])].sort((a, b) => b - a);
}
