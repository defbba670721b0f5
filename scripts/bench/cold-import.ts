import { execFileSync } from 'node:child_process';

/** Modules imported together in one fresh process, as a cold start imports them. */
export interface ImportGroup {
  key: string;
  /** Package names, resolved from `cwd`, or file URLs of bundles. */
  specifiers: readonly string[];
  /** A folder whose node_modules holds the packages (what the Lambda runtime would provide). */
  cwd: string;
  /** Environment the modules read at import (a function's settings); added to a clean one. */
  env?: Readonly<Record<string, string>>;
}

/** One fresh process per group per round: import time in ms and the process's RSS in bytes. */
export interface ImportSamples {
  importMs: number[];
  rssBytes: number[];
}

// Runs in a fresh `node` (no tsx, no NODE_OPTIONS), so nothing is cached: what a cold start pays.
// A module that exports `handler` must export a function, so a bundle that failed to load its
// settings cannot pass for a fast one.
const PROBE = `
const specifiers = process.argv.slice(1);
const start = process.hrtime.bigint();
for (const specifier of specifiers) {
  const loaded = await import(specifier);
  if ('handler' in loaded && typeof loaded.handler !== 'function') throw new Error(specifier + ': handler is not a function');
}
const importNs = Number(process.hrtime.bigint() - start);
process.stdout.write(JSON.stringify({ importNs, rss: process.memoryUsage.rss() }));
`;

const probe = (group: ImportGroup): { importNs: number; rss: number } => {
  const env: NodeJS.ProcessEnv = { ...process.env, ...group.env };
  delete env['NODE_OPTIONS'];
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', PROBE, ...group.specifiers], {
    cwd: group.cwd,
    env,
    // Handlers log at import to stdout only through pino's JSON lines; the probe's own line is last.
    maxBuffer: 16 * 2 ** 20,
  });
  const lines = String(output).trimEnd().split('\n');
  return JSON.parse(lines[lines.length - 1]!) as { importNs: number; rss: number };
};

/**
 * Imports each group in a fresh process, `rounds` times, next to a bare process (key '') that
 * imports nothing. Groups run in a rotated order each round, so load on the shared cores falls on
 * all alike, and samples are kept by round so callers can compare within a round.
 */
export const measureColdImports = (groups: readonly ImportGroup[], rounds: number): Map<string, ImportSamples> => {
  const all: ImportGroup[] = [{ key: '', specifiers: [], cwd: process.cwd() }, ...groups];
  const samples = new Map(all.map((group) => [group.key, { importMs: [], rssBytes: [] } as ImportSamples]));
  for (let round = 0; round < rounds; round += 1) {
    const shift = round % all.length;
    for (const group of [...all.slice(shift), ...all.slice(0, shift)]) {
      const { importNs, rss } = probe(group);
      samples.get(group.key)!.importMs.push(importNs / 1e6);
      samples.get(group.key)!.rssBytes.push(rss);
    }
  }
  return samples;
};
