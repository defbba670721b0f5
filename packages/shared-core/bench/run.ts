/**
 * pnpm --filter @commerce/shared-core bench
 *
 * Bundles the sample functions in fixtures/ as Lambda would run them, then measures their cold load
 * and warm overhead in fresh child processes, against bare handlers measured in the same run.
 * Runs through tsx so it can import the TypeScript schemas and compileValidators straight from src/;
 * nothing timed runs under tsx, the children are plain node on esbuild bundles.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFixtures, bundleProbes } from './bundle.js';
import { measureColdLoad } from './cold-load.js';
import { FIXTURES, readSettings } from './config.js';
import { toMarkdown } from './markdown.js';
import { measureWarm, type WarmTarget } from './warm-overhead.js';

const started = performance.now();
const settings = readSettings();
const dir = mkdtempSync(join(tmpdir(), 'shared-core-bench-'));
const cleanUp = () => rmSync(dir, { recursive: true, force: true });
process.once('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

const progress = (message: string) => console.error(`[bench] ${message}`);

try {
  const environment = {
    node: process.version,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    loadAverage: loadavg()
      .map((load) => load.toFixed(2))
      .join(' '),
    date: new Date().toISOString(),
  };

  progress('bundling');
  const entries = Object.fromEntries(Object.entries(FIXTURES).map(([name, fixture]) => [name, fixture.entry]));
  const bundles = await bundleFixtures(entries, dir);
  const probes = await bundleProbes(dir);
  const files = Object.fromEntries(Object.entries(bundles).map(([name, bundle]) => [name, bundle.file]));

  progress(`cold load: ${settings.rounds} rounds`);
  const cold = await measureColdLoad(probes.cold, files, settings.rounds);

  progress(`warm overhead: ${settings.repeats} repeats`);
  const targets = Object.fromEntries(
    Object.entries(FIXTURES).map(([name, { kind }]): [string, WarmTarget] => [
      name,
      {
        file: files[name] as string,
        kind,
        invocations: kind === 'http' ? settings.httpInvocations : settings.sqsBatches,
        batchSize: settings.batchSize,
      },
    ]),
  );
  const warm = await measureWarm(probes.warm, targets, settings.repeats);

  const durationSeconds = (performance.now() - started) / 1000;
  const results = { environment, settings, durationSeconds, bundles, cold, warm };
  // The workspace's `pnpm bench` takes the samples as JSON for BENCHMARKS.md; RESULTS.md stays this bench's own.
  const jsonOut = process.env['BENCH_RESULTS_JSON'];
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results));
  else {
    const markdown = toMarkdown(results);
    writeFileSync(new URL('./RESULTS.md', import.meta.url), markdown);
    console.log(markdown);
  }
} finally {
  cleanUp();
}
