import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile, type Plugin } from 'esbuild';
import { compileValidators } from '../src/schemas/index.js';
import { schemas } from './fixtures/schemas.js';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

export interface Bundle {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** Bytes each module group contributes to the minified output, largest first. */
  groups: { name: string; bytes: number }[];
}

// pino is CommonJS and require()s node builtins; esbuild's ESM output cannot require() without this
// banner (https://github.com/evanw/esbuild/issues/1921), the usual fix in ESM Lambda bundles.
const REQUIRE_BANNER = "import{createRequire}from'node:module';const require=createRequire(import.meta.url);";

/** Compiles the bench schemas ahead of time, as a service's build does, and points `./validators.js` there. */
const compiledValidators = (dir: string): Plugin => {
  const file = join(dir, 'validators.generated.mjs');
  writeFileSync(
    file,
    compileValidators(schemas, { sourceLabel: 'bench/fixtures/schemas.ts', regenerateWith: 'pnpm bench' }),
  );
  return {
    name: 'bench-validators',
    setup: (builder) => builder.onResolve({ filter: /^\.\/validators\.js$/ }, () => ({ path: file })),
  };
};

/** Which package (or shared-core folder) an input of the metafile belongs to. */
const groupOf = (input: string): string => {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(input);
  if (inPackage) return inPackage[1] as string;
  if (input.endsWith('validators.generated.mjs')) return 'compiled validators';
  const inSource = /^src\/([^/]+)\//.exec(input);
  return inSource ? `shared-core src/${inSource[1]}` : input.replace(/^bench\//, '');
};

const groupsOf = (output: Metafile['outputs'][string]): Bundle['groups'] => {
  const totals = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const name = groupOf(input);
    totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
  }
  return [...totals].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
};

/** Bundles each Lambda entry the way a deployment would: one minified ESM file per function. */
export const bundleFixtures = async (entries: Record<string, string>, dir: string): Promise<Record<string, Bundle>> => {
  const result = await build({
    absWorkingDir: packageRoot,
    entryPoints: entries,
    outdir: join(dir, 'functions'),
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    target: 'node20',
    format: 'esm',
    bundle: true,
    minify: true,
    external: ['@aws-sdk/*'],
    banner: { js: REQUIRE_BANNER },
    plugins: [compiledValidators(dir)],
    metafile: true,
    logLevel: 'warning',
  });
  const bundles: Record<string, Bundle> = {};
  for (const [output, meta] of Object.entries(result.metafile.outputs)) {
    const file = join(packageRoot, output);
    const code = readFileSync(file);
    bundles[basename(output, '.mjs')] = {
      file,
      bytes: code.length,
      gzipBytes: gzipSync(code, { level: 9 }).length,
      groups: groupsOf(meta),
    };
  }
  return bundles;
};

/** The probes are TypeScript too; bundled (not minified) so the children run on plain node. */
export const bundleProbes = async (dir: string): Promise<{ cold: string; warm: string }> => {
  const outdir = join(dir, 'probes');
  await build({
    absWorkingDir: packageRoot,
    entryPoints: { cold: 'bench/probes/cold.ts', warm: 'bench/probes/warm.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    target: 'node20',
    format: 'esm',
    bundle: true,
    logLevel: 'warning',
  });
  return { cold: join(outdir, 'cold.mjs'), warm: join(outdir, 'warm.mjs') };
};
