/**
 * `pnpm bench`: writes BENCHMARKS.md. Bundles every function of every service as it is deployed,
 * loads each bundle cold beside bare and plain middy handlers, takes the warm overhead of router
 * and receiver from shared-core's bench, and measures what each AWS SDK package a function pulls in
 * costs a cold start. A few minutes; BENCH_ROUNDS (default 9) sets the fresh processes per measurement.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { discoverServices } from '@commerce/local-cloud/tooling';
import { measureColdImports, type ImportGroup, type ImportSamples } from './bench/cold-import.js';
import { localEnvironments } from './bench/function-environment.js';
import { BASELINES, bundleBaselines, type Baseline } from './bench/handler-baselines.js';
import { renderBenchmarks, sdkGroupKey, type ImportCost } from './bench/render-benchmarks.js';
import { median } from './bench/stats.js';
import { measureWarmOverhead } from './bench/warm-overhead.js';
import { BUNDLE_BUDGET } from './bundles/budgets.js';
import { bundleEveryFunction } from './bundles/bundle-function.js';

const root = join(import.meta.dirname, '..');
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 9);
const progress = (message: string) => process.stderr.write(`[bench] ${message}\n`);

// Bundles live beside their service while measured, so `@aws-sdk/*` resolves from its node_modules
// as the Lambda runtime provides it; all of them are removed at the end, also on failure.
const scratch = `.bench-${process.pid}`;
const services = discoverServices(root);
const scratchDirs = [mkdtempSync(join(tmpdir(), 'bench-baselines-')), ...services.map(({ dir }) => join(dir, scratch))];
const cleanUp = () => scratchDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
process.once('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

try {
  const functions = await bundleEveryFunction(root);
  progress(`${functions.length} functions bundled; reading their stage-local environments`);
  const environments = new Map(
    await Promise.all(services.map(async ({ name, dir }) => [name, await localEnvironments(dir)] as const)),
  );

  const baselineFiles = await bundleBaselines(root, scratchDirs[0]!);
  const baselineGroups = (Object.keys(BASELINES) as Baseline[]).map((name): ImportGroup => ({
    key: `baseline:${name}`,
    specifiers: [pathToFileURL(baselineFiles[name]).href],
    cwd: root,
  }));
  const functionGroups = functions.map((fn): ImportGroup => {
    const file = join(fn.dir, scratch, `${fn.name}.mjs`);
    mkdirSync(join(fn.dir, scratch), { recursive: true });
    writeFileSync(file, fn.code);
    const env = environments.get(fn.service)?.get(fn.name);
    if (!env) throw new Error(`sls print gave no environment for ${fn.service}/${fn.name}`);
    return { key: `${fn.service}/${fn.name}`, specifiers: [pathToFileURL(file).href], cwd: fn.dir, env };
  });
  const imported = (fn: (typeof functions)[number]) => [...fn.sdkPackages, ...fn.lazySdkPackages];
  const sdkSpecifiers = [...new Set(functions.flatMap(imported))].sort();
  const cwdOf = (specifier: string) => functions.find((fn) => imported(fn).includes(specifier))!.dir;
  const sdkGroups = [
    ...sdkSpecifiers.map((specifier) => ({ key: specifier, specifiers: [specifier], cwd: cwdOf(specifier) })),
    ...new Map(
      functions.map((fn) => [
        sdkGroupKey(fn.sdkPackages),
        { key: sdkGroupKey(fn.sdkPackages), specifiers: fn.sdkPackages, cwd: fn.dir },
      ]),
    ).values(),
  ];

  const groups = [...baselineGroups, ...functionGroups, ...sdkGroups];
  progress(`cold imports: ${groups.length} groups, ${rounds} rounds`);
  const cold = measureColdImports(groups, rounds);
  const bareRss = median(cold.get('')!.rssBytes);
  const sdkImports = new Map(
    sdkGroups.map(({ key }): [string, ImportCost] => [
      key,
      { importMs: median(cold.get(key)!.importMs), rssBytes: median(cold.get(key)!.rssBytes) - bareRss },
    ]),
  );

  progress('warm overhead: shared-core bench');
  const warm = measureWarmOverhead(root, Math.min(rounds, 5));

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
      coldStarts: new Map(functionGroups.map(({ key }) => [key, cold.get(key)!])),
      baselines: Object.fromEntries(
        (Object.keys(BASELINES) as Baseline[]).map((name) => [name, cold.get(`baseline:${name}`)!]),
      ) as Record<Baseline, ImportSamples>,
      warm,
    }),
  );
  progress('BENCHMARKS.md written');
} finally {
  cleanUp();
}
