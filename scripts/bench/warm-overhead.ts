import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** ns per invocation (per batch for SQS), one entry per warm process, from shared-core's bench. */
export interface WarmSamples {
  batchSize: number;
  repeats: number;
  byFixture: Record<string, number[]>;
}

/**
 * Runs shared-core's bench (`pnpm bench:packages` runs it alone) for its warm overhead of
 * createRouter and createReceiver against bare and plain middy handlers: the per-invocation price
 * every router and receiver pays on top of its own work. Its cold rounds are cut to the minimum;
 * BENCHMARKS.md takes cold load from the real functions instead.
 */
export const measureWarmOverhead = (root: string, repeats: number): WarmSamples => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-warm-'));
  try {
    const file = join(dir, 'results.json');
    execFileSync('pnpm', ['--silent', '--filter', '@commerce/shared-core', 'bench'], {
      cwd: root,
      env: { ...process.env, BENCH_RESULTS_JSON: file, BENCH_ROUNDS: '1', BENCH_REPEATS: String(repeats) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const results = JSON.parse(readFileSync(file, 'utf8')) as {
      settings: { batchSize: number; repeats: number };
      warm: Record<string, number[]>;
    };
    return { batchSize: results.settings.batchSize, repeats: results.settings.repeats, byFixture: results.warm };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
