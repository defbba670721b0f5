import { join } from 'node:path';
import { build } from 'esbuild';

/** What a real function's cold start is set against: the handlers of shared-core's own bench. */
export const BASELINES = {
  bareHttp: { entry: 'bench/fixtures/bare-http.ts', title: 'bare HTTP handler' },
  plainMiddy: { entry: 'bench/fixtures/middy-http.ts', title: 'plain middy' },
  bareSqs: { entry: 'bench/fixtures/bare-sqs.ts', title: 'bare SQS batch handler' },
} as const;

export type Baseline = keyof typeof BASELINES;

/**
 * Bundles the baselines as a function is deployed (node20 ESM, minified), into `outdir`, in this
 * run, so they load under the same conditions as the functions they are compared with.
 */
export const bundleBaselines = async (root: string, outdir: string): Promise<Record<Baseline, string>> => {
  const names = Object.keys(BASELINES) as Baseline[];
  await build({
    absWorkingDir: join(root, 'packages/shared-core'),
    entryPoints: Object.fromEntries(names.map((name) => [name, BASELINES[name].entry])),
    outdir,
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    target: 'node20',
    format: 'esm',
    bundle: true,
    minify: true,
    logLevel: 'warning',
  });
  return Object.fromEntries(names.map((name) => [name, join(outdir, `${name}.mjs`)])) as Record<Baseline, string>;
};
