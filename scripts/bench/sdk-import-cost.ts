import { execFileSync } from 'node:child_process';

export interface ImportCost {
  /** Median time to import the package in a fresh process, in ms. */
  importMs: number;
  /** Median resident memory the import adds over a process that imports nothing, in bytes. */
  rssBytes: number;
}

// Runs in a fresh `node` (no tsx, no NODE_OPTIONS), so nothing is cached: what a cold start pays.
const PROBE = `
const specifiers = process.argv.slice(1);
const start = process.hrtime.bigint();
for (const specifier of specifiers) await import(specifier);
const importNs = Number(process.hrtime.bigint() - start);
process.stdout.write(JSON.stringify({ importNs, rss: process.memoryUsage.rss() }));
`;

const probe = (cwd: string, specifiers: readonly string[]): { importNs: number; rss: number } => {
  const env = { ...process.env };
  delete env['NODE_OPTIONS'];
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', PROBE, ...specifiers], { cwd, env });
  return JSON.parse(String(output)) as { importNs: number; rss: number };
};

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Packages imported together in one process, from a folder whose dependencies include them. */
export interface ImportGroup {
  key: string;
  specifiers: readonly string[];
  cwd: string;
}

/**
 * What importing each group of AWS SDK packages costs a cold start, next to a bare process
 * measured in the same rounds (rotated, so load on the shared cores falls on all alike). A
 * function's packages are best measured as one group: they share the SDK's core modules, which
 * load once, so the costs of packages measured alone do not add up.
 */
export const measureSdkImports = (groups: readonly ImportGroup[], rounds: number): Map<string, ImportCost> => {
  const bare: ImportGroup = { key: '', specifiers: [], cwd: process.cwd() };
  const all = [bare, ...groups];
  const samples = new Map(all.map((group) => [group.key, [] as { importNs: number; rss: number }[]]));
  for (let round = 0; round < rounds; round += 1) {
    const shift = round % all.length;
    for (const group of [...all.slice(shift), ...all.slice(0, shift)]) {
      samples.get(group.key)!.push(probe(group.cwd, group.specifiers));
    }
  }
  const bareRss = median(samples.get('')!.map((sample) => sample.rss));
  return new Map(
    groups.map(({ key }) => {
      const measured = samples.get(key)!;
      return [
        key,
        {
          importMs: median(measured.map((sample) => sample.importNs)) / 1e6,
          rssBytes: median(measured.map((sample) => sample.rss)) - bareRss,
        },
      ];
    }),
  );
};
