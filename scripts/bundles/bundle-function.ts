import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';
import { discoverServices } from '@commerce/local-cloud/tooling';
import { parse } from 'yaml';

/** One function of a service as serverless.yml declares it. */
export interface DeclaredFunction {
  service: string;
  name: string;
  /** The handler's source file, relative to the service folder. */
  entry: string;
}

export interface FunctionBundle extends DeclaredFunction {
  /** The service's folder. */
  dir: string;
  bytes: number;
  gzipBytes: number;
  /** Every file the bundle was built from, as esbuild's metafile names them. */
  inputs: string[];
  /** The AWS SDK packages it imports at load, left to the Lambda runtime (`@aws-sdk/client-sns`, ...). */
  sdkPackages: string[];
  /** Those it imports only when a path needs them (`await import(...)`), not at cold start. */
  lazySdkPackages: string[];
  /** The bundle itself, for whoever wants to load it. */
  code: Uint8Array;
}

interface ServerlessFile {
  functions?: Record<string, { handler?: string }>;
  custom?: { esbuild?: Record<string, unknown> };
}

// `${...}` variables and `!Ref`-style tags are serverless's business; the parts read here use none.
const readServerless = (serviceDir: string): ServerlessFile =>
  parse(readFileSync(join(serviceDir, 'serverless.yml'), 'utf8'), { logLevel: 'error' }) as ServerlessFile;

/** `src/receivers/charge.handler` → `src/receivers/charge.ts`. */
const entryOf = (handler: string): string => `${handler.slice(0, handler.lastIndexOf('.'))}.ts`;

export const declaredFunctions = (service: string, serviceDir: string): DeclaredFunction[] =>
  Object.entries(readServerless(serviceDir).functions ?? {}).flatMap(([name, { handler }]) =>
    handler ? [{ service, name, entry: entryOf(handler) }] : [],
  );

/**
 * The esbuild options serverless-esbuild is given in the service's `custom.esbuild`, as esbuild
 * takes them: `exclude` is the plugin's word for externals (the SDK the runtime provides).
 */
const esbuildOptionsOf = (serviceDir: string): BuildOptions => {
  const {
    exclude,
    banner,
    outputFileExtension: _extension,
    ...rest
  } = readServerless(serviceDir).custom?.esbuild ?? {};
  return {
    ...(rest as BuildOptions),
    external: (exclude as string[] | undefined) ?? [],
    banner: banner as BuildOptions['banner'],
  };
};

/**
 * Bundles a function exactly as its service's serverless.yml asks serverless-esbuild to (minified,
 * the SDK external), in memory, and sizes the result as Lambda stores it.
 */
export const bundleFunction = async (serviceDir: string, fn: DeclaredFunction): Promise<FunctionBundle> => {
  const result = await build({
    ...esbuildOptionsOf(serviceDir),
    absWorkingDir: serviceDir,
    entryPoints: [fn.entry],
    outfile: 'bundle.mjs',
    write: false,
    metafile: true,
    sourcemap: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles.find((file) => file.path.endsWith('.mjs'))!.contents;
  const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports);
  const sdk = imports.filter((entry) => entry.external && entry.path.startsWith('@aws-sdk/'));
  const packagesOf = (entries: typeof sdk) => [...new Set(entries.map((entry) => entry.path))].sort();
  const sdkPackages = packagesOf(sdk.filter((entry) => entry.kind !== 'dynamic-import'));
  return {
    ...fn,
    dir: serviceDir,
    bytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    inputs: Object.keys(result.metafile.inputs),
    sdkPackages,
    lazySdkPackages: packagesOf(sdk.filter((entry) => entry.kind === 'dynamic-import')).filter(
      (specifier) => !sdkPackages.includes(specifier),
    ),
    code,
  };
};

/** Every function of every service under `root`, bundled as deployed, one after another. */
export const bundleEveryFunction = async (root: string): Promise<FunctionBundle[]> => {
  const bundles: FunctionBundle[] = [];
  for (const { name, dir } of discoverServices(root)) {
    for (const fn of declaredFunctions(name, dir)) bundles.push(await bundleFunction(dir, fn));
  }
  return bundles;
};
