/**
 * `--stats` in `stylish`: where the run's time went, as ESLint's TIMING table — the phases
 * (load, interpret, rules, format) and the rules, slowest first, summed over every file and
 * every `--fix` pass, each with its share of the whole.
 */
import type { FileResult } from '../engine/file-result.js';

const SHOWN_RULES = 10;

export function statsTable(results: readonly FileResult[], formatMs: number): string {
  const phases = { load: 0, interpret: 0, rules: 0, format: formatMs };
  const rules = new Map<string, number>();
  for (const result of results) {
    for (const pass of result.stats?.times.passes ?? []) {
      phases.load += pass.load.total;
      phases.interpret += pass.interpret.total;
      for (const [id, { total }] of Object.entries(pass.rules)) {
        phases.rules += total;
        rules.set(id, (rules.get(id) ?? 0) + total);
      }
    }
  }
  const whole = Object.values(phases).reduce((sum, value) => sum + value, 0) || 1;
  const rows = (title: string, entries: [string, number][]): string[] => {
    const width = Math.max(title.length, ...entries.map(([name]) => name.length));
    return [
      `${title.padEnd(width)} | Time (ms) | Relative`,
      `${'-'.repeat(width)} | --------: | -------:`,
      ...entries.map(([name, ms]) => `${name.padEnd(width)} | ${ms.toFixed(3).padStart(9)} | ${`${((100 * ms) / whole).toFixed(1)}%`.padStart(8)}`),
    ];
  };
  const slowest = [...rules.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, SHOWN_RULES);
  return `\n${[...rows('Phase', Object.entries(phases)), '', ...rows('Rule', slowest)].join('\n')}\n`;
}
