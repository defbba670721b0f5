import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { snapshotFileOf, type VersionedSchema } from './compat/published.js';
import { formatFor } from './prettier.js';

/** Where the snapshots of published schemas live: packages/contracts/published. */
export const PUBLISHED_DIR = join(import.meta.dirname, '..', '..', 'published');

/** Every snapshot in `dir`, parsed, keyed by file name. */
export const readSnapshots = (dir = PUBLISHED_DIR): Map<string, unknown> =>
  new Map(
    (existsSync(dir) ? readdirSync(dir) : [])
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => [file, JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown]),
  );

/**
 * Writes a snapshot for every entry that has none, and returns the files written. Never
 * overwrites: a snapshot records what was released, and released versions do not change.
 */
export const writeMissingSnapshots = async (
  entries: readonly VersionedSchema[],
  dir = PUBLISHED_DIR,
): Promise<string[]> => {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const entry of entries) {
    const path = join(dir, snapshotFileOf(entry));
    if (existsSync(path)) continue;
    writeFileSync(path, await formatFor(path, JSON.stringify(entry.schema)), { flag: 'wx' });
    written.push(snapshotFileOf(entry));
  }
  return written;
};
