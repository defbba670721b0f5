import type { BundleBudget } from '../bundles/budgets.js';
import type { ImportSamples } from './cold-import.js';
import { BASELINES, type Baseline } from './handler-baselines.js';
import { median, pairedDifference } from './stats.js';
import type { WarmSamples } from './warm-overhead.js';
import { markdownTable as table } from './markdown-table.js';

export interface BenchedFunction {
  service: string;
  name: string;
  bytes: number;
  gzipBytes: number;
  sdkPackages: readonly string[];
  /** Imported only on a path that needs them, so not part of the cold start. */
  lazySdkPackages: readonly string[];
}

/** What importing some AWS SDK packages adds to a cold start, over a process that imports nothing. */
export interface ImportCost {
  importMs: number;
  rssBytes: number;
}

export interface BenchRun {
  date: string;
  machine: string;
  rounds: number;
  budget: BundleBudget;
  functions: readonly BenchedFunction[];
  /** By package alone, and by each function's packages together (keyed by sdkGroupKey). */
  sdkImports: ReadonlyMap<string, ImportCost>;
  /** Each function's bundle loaded in a fresh process (keyed `service/name`), and the baselines. */
  coldStarts: ReadonlyMap<string, ImportSamples>;
  baselines: Readonly<Record<Baseline, ImportSamples>>;
  warm: WarmSamples;
}

/** The key a function's SDK packages were measured under, imported together. */
export const sdkGroupKey = (specifiers: readonly string[]): string => [...specifiers].sort().join(' + ');

/** Every service has one router (HTTP) and receivers (SQS): the router's baseline is the bare HTTP handler. */
export const baselineOf = (fn: Pick<BenchedFunction, 'name'>): Baseline =>
  fn.name === 'router' ? 'bareHttp' : 'bareSqs';

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
const signed = (value: number, digits: number) => `${value >= 0 ? '+' : ''}${value.toFixed(digits)}`;

const shortName = (specifier: string) => specifier.replace('@aws-sdk/', '');
const sdkNames = (fn: BenchedFunction) =>
  [
    fn.sdkPackages.map(shortName).join(', ') || 'none',
    ...(fn.lazySdkPackages.length > 0 ? [`(on demand: ${fn.lazySdkPackages.map(shortName).join(', ')})`] : []),
  ].join(' ');

const bundleSection = (run: BenchRun) => {
  const together = (fn: BenchedFunction) => run.sdkImports.get(sdkGroupKey(fn.sdkPackages));
  return [
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
        sdkNames(fn),
        together(fn)?.importMs.toFixed(0) ?? 'n/a',
        together(fn) ? mb(together(fn)!.rssBytes) : 'n/a',
      ]),
    ),
  ];
};

const coldStartSection = (run: BenchRun) => {
  const row = (title: string, own: ImportSamples, baseline: Baseline) => {
    const base = run.baselines[baseline];
    const middy = run.baselines.plainMiddy;
    return [
      title,
      median(own.importMs).toFixed(1),
      signed(pairedDifference(own.importMs, base.importMs), 1),
      signed(pairedDifference(own.importMs, middy.importMs), 1),
      mb(median(own.rssBytes)),
      signed(pairedDifference(own.rssBytes, base.rssBytes) / 1e6, 1),
    ];
  };
  return [
    '## Cold start of each function',
    '',
    "Each function's bundle imported by a fresh `node` with its stage-`local` environment (`sls print`):",
    'loading the bundle and the SDK packages it imports, and its top-level set-up (settings, clients,',
    '`createRouter`). Beside it, the bare handler of its kind (HTTP for routers, SQS for receivers) and',
    "a plain middy handler, bundled in this run from shared-core's bench fixtures and loaded in the same",
    'rotated rounds. Differences are medians of the differences within each round.',
    '',
    ...table(
      [
        'function',
        'import, ms',
        'over bare handler, ms',
        'over plain middy, ms',
        'RSS, MB',
        'RSS over bare handler, MB',
      ],
      [
        ...(Object.keys(BASELINES) as Baseline[]).map((name) =>
          row(`_${BASELINES[name].title}_`, run.baselines[name], name === 'bareSqs' ? 'bareSqs' : 'bareHttp'),
        ),
        ...run.functions.flatMap((fn) => {
          const own = run.coldStarts.get(`${fn.service}/${fn.name}`);
          return own ? [row(`${fn.service}/${fn.name}`, own, baselineOf(fn))] : [];
        }),
      ],
    ),
  ];
};

const WARM_ROWS = [
  { fixture: 'bare-http', title: 'bare HTTP handler', baseline: 'bare-http', perRecord: false },
  { fixture: 'middy-http', title: 'plain middy', baseline: 'bare-http', perRecord: false },
  { fixture: 'router', title: 'createRouter (every router)', baseline: 'bare-http', perRecord: false },
  { fixture: 'bare-sqs', title: 'bare SQS batch handler, per record', baseline: 'bare-sqs', perRecord: true },
  { fixture: 'receiver', title: 'createReceiver (every receiver), per record', baseline: 'bare-sqs', perRecord: true },
] as const;

const warmSection = ({ warm }: BenchRun) => [
  '## Warm overhead of router and receiver',
  '',
  "From shared-core's bench (`pnpm bench:packages` runs it alone): the same three routes and one",
  'contract served by hand-written handlers, by plain middy, and by `createRouter` / `createReceiver`,',
  `${warm.repeats} warm processes each, thousands of invocations per process, batches of ${warm.batchSize} records.`,
  'The overhead is what validation, correlation, logging and error mapping cost per request or record.',
  '',
  ...table(
    ['handler', 'per invocation, µs', 'over bare, µs'],
    WARM_ROWS.map(({ fixture, title, baseline, perRecord }) => {
      const per = perRecord ? warm.batchSize * 1000 : 1000;
      const own = warm.byFixture[fixture] ?? [];
      const base = warm.byFixture[baseline] ?? [];
      return [title, (median(own) / per).toFixed(2), signed(pairedDifference(own, base) / per, 2)];
    }),
  ),
];

const sdkSection = (run: BenchRun) => {
  const usersOf = (specifier: string) =>
    run.functions.flatMap((fn) => {
      const name = `${fn.service}/${fn.name}`;
      if (fn.sdkPackages.includes(specifier)) return [name];
      return fn.lazySdkPackages.includes(specifier) ? [`${name} (on demand)`] : [];
    });
  const alone = [...run.sdkImports].filter(([key]) => !key.includes(' + ') && usersOf(key).length > 0);
  return [
    '## What each AWS SDK package costs a cold start',
    '',
    'Importing the package alone in a fresh process, over one that imports nothing. Packages share the',
    "SDK's core modules, so a function's packages together (the first table) cost less than the sum.",
    '',
    ...table(
      ['package', 'import, ms', 'memory added, MB', 'imported by'],
      alone.map(([specifier, cost]) => [
        specifier,
        cost.importMs.toFixed(1),
        mb(cost.rssBytes),
        usersOf(specifier).length === run.functions.length ? 'every function' : usersOf(specifier).join(', '),
      ]),
    ),
  ];
};

/**
 * BENCHMARKS.md from one `pnpm bench` run: every function's bundle against its budget, its cold
 * start beside bare and middy handlers, the warm overhead of router and receiver, and what each
 * AWS SDK package a function leaves to the runtime costs its cold start.
 */
export const renderBenchmarks = (run: BenchRun): string =>
  [
    '# Benchmarks',
    '',
    `Written by \`pnpm bench\` on ${run.date} (${run.machine}). Do not edit by hand. Sizes are exact;`,
    `times are medians of ${run.rounds} fresh processes each, rotated against a bare \`node\` in the same`,
    'run, and vary with the machine: read them as ratios and orders of magnitude.',
    '',
    'The whole saga under load: [docs/saga-throughput.md](docs/saga-throughput.md) (`pnpm bench:saga`).',
    'What an order costs on AWS: [docs/cost-model.md](docs/cost-model.md) (`pnpm cost:model`).',
    '',
    ...bundleSection(run),
    '',
    ...coldStartSection(run),
    '',
    ...warmSection(run),
    '',
    ...sdkSection(run),
    '',
  ].join('\n');
