import type { BundleBudget } from '../bundles/budgets.js';
import type { ImportCost } from './sdk-import-cost.js';

export interface BenchedFunction {
  service: string;
  name: string;
  bytes: number;
  gzipBytes: number;
  sdkPackages: readonly string[];
}

export interface BenchRun {
  date: string;
  machine: string;
  rounds: number;
  budget: BundleBudget;
  functions: readonly BenchedFunction[];
  /** By package alone, and by each function's packages together (keyed by sdkGroupKey). */
  sdkImports: ReadonlyMap<string, ImportCost>;
}

/** The key a function's SDK packages were measured under, imported together. */
export const sdkGroupKey = (specifiers: readonly string[]): string => [...specifiers].sort().join(' + ');

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const table = (head: readonly string[], rows: readonly (readonly string[])[]) => [
  `| ${head.join(' | ')} |`,
  `| ${head.map(() => '---').join(' | ')} |`,
  ...rows.map((row) => `| ${row.join(' | ')} |`),
];

/**
 * BENCHMARKS.md from one `pnpm bench` run: every function's bundle against its budget and the SDK
 * packages it leaves to the runtime, then what importing each of those costs a cold start. The
 * cold-start cost of a function is about the sum of its SDK imports and its bundle's own load.
 */
export const renderBenchmarks = (run: BenchRun): string => {
  const usersOf = (specifier: string) =>
    run.functions.filter((fn) => fn.sdkPackages.includes(specifier)).map((fn) => `${fn.service}/${fn.name}`);
  const together = (fn: BenchedFunction) => run.sdkImports.get(sdkGroupKey(fn.sdkPackages));
  const alone = [...run.sdkImports].filter(
    ([key]) => !key.includes(' + ') && run.functions.some((fn) => fn.sdkPackages.includes(key)),
  );
  return [
    '# Benchmarks',
    '',
    `Written by \`pnpm bench\` on ${run.date} (${run.machine}). Do not edit by hand. Sizes are exact;`,
    `times are medians of ${run.rounds} fresh processes each, rotated against a bare \`node\` in the same`,
    'run, and vary with the machine: read them as ratios and orders of magnitude.',
    '',
    '## Bundles, as each function is deployed',
    '',
    `Minified ESM, \`@aws-sdk/*\` external, bundled with its service's \`custom.esbuild\` settings. Budget:`,
    `${kb(run.budget.minifiedBytes)} KB minified, ${kb(run.budget.gzipBytes)} KB gzip (scripts/bundles/budgets.ts, checked by \`pnpm test\`).`,
    '',
    ...table(
      [
        'function',
        'minified KB',
        'gzip KB',
        'of gzip budget',
        'AWS SDK packages imported',
        'their import, ms',
        'memory, MB',
      ],
      run.functions.map((fn) => [
        `${fn.service}/${fn.name}`,
        kb(fn.bytes),
        kb(fn.gzipBytes),
        `${Math.round((fn.gzipBytes / run.budget.gzipBytes) * 100)} %`,
        fn.sdkPackages.map((specifier) => specifier.replace('@aws-sdk/', '')).join(', ') || 'none',
        together(fn)?.importMs.toFixed(0) ?? 'n/a',
        together(fn) ? (together(fn)!.rssBytes / 1e6).toFixed(1) : 'n/a',
      ]),
    ),
    '',
    '## What each AWS SDK package costs a cold start',
    '',
    'Importing the package alone in a fresh process, over one that imports nothing. Packages share the',
    "SDK's core modules, so a function's packages together (the table above) cost less than the sum.",
    '',
    ...table(
      ['package', 'import, ms', 'memory added, MB', 'imported by'],
      alone.map(([specifier, cost]) => [
        specifier,
        cost.importMs.toFixed(1),
        (cost.rssBytes / 1e6).toFixed(1),
        usersOf(specifier).length === run.functions.length ? 'every function' : usersOf(specifier).join(', '),
      ]),
    ),
    '',
  ].join('\n');
};
