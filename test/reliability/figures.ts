import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the reliability suites leave their figures for `pnpm reliability:report` (gitignored). */
export const FIGURES_DIR = fileURLToPath(new URL('../../artifacts/reliability', import.meta.url));

/** A figure the report prints: a count, a rate, a duration, or a short text. */
export type Figure = number | string;

/**
 * Records one suite's figures (faults survived, duplicates injected, inputs tried, 5xx seen, orders
 * lost, ...) as `artifacts/reliability/<section>.json`. Call it after the assertions, so the figures
 * of a failing run are never written as if it had passed.
 *
 * @example
 * recordFigures('faults', { 'faults survived': 3, 'orders lost': 0 });
 */
export const recordFigures = (section: string, figures: Readonly<Record<string, Figure>>): void => {
  mkdirSync(FIGURES_DIR, { recursive: true });
  const recorded = { section, recordedAt: new Date().toISOString(), figures };
  writeFileSync(join(FIGURES_DIR, `${section}.json`), `${JSON.stringify(recorded, null, 2)}\n`);
};
