/**
 * `pnpm bench`: writes BENCHMARKS.md. Bundles every function of every service as it is deployed
 * and measures what importing each AWS SDK package it pulls in costs a cold start. About a minute;
 * BENCH_ROUNDS (default 9) sets the fresh processes per measurement. The router and receiver
 * overhead against bare and middy handlers is shared-core's own bench (`pnpm bench:packages`).
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { renderBenchmarks, sdkGroupKey } from './bench/render-benchmarks.js';
import { measureSdkImports } from './bench/sdk-import-cost.js';
import { BUNDLE_BUDGET } from './bundles/budgets.js';
import { bundleEveryFunction } from './bundles/bundle-function.js';

const root = join(import.meta.dirname, '..');
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 9);
const functions = await bundleEveryFunction(root);
const specifiers = [...new Set(functions.flatMap((fn) => fn.sdkPackages))].sort();
const cwdOf = (specifier: string) => functions.find((fn) => fn.sdkPackages.includes(specifier))!.dir;
const groups = [
  ...specifiers.map((specifier) => ({ key: specifier, specifiers: [specifier], cwd: cwdOf(specifier) })),
  ...new Map(
    functions.map((fn) => [
      sdkGroupKey(fn.sdkPackages),
      { key: sdkGroupKey(fn.sdkPackages), specifiers: fn.sdkPackages, cwd: fn.dir },
    ]),
  ).values(),
];
process.stderr.write(
  `[bench] ${functions.length} functions bundled; timing ${groups.length} SDK imports, ${rounds} rounds\n`,
);
const sdkImports = measureSdkImports(groups, rounds);

const [one] = loadavg();
writeFileSync(
  join(root, 'BENCHMARKS.md'),
  renderBenchmarks({
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.versions.node}, load ${one?.toFixed(1)}`,
    rounds,
    budget: BUNDLE_BUDGET,
    functions,
    sdkImports,
  }),
);
process.stderr.write('[bench] BENCHMARKS.md written\n');
