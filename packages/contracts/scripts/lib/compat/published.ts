import { breakingChanges } from './diff-schemas.js';

/** What the published check needs of a catalog entry. */
export interface VersionedSchema {
  readonly type: string;
  readonly version: number;
  readonly schema: unknown;
}

/** The file name of a version's snapshot under published/: `OrderPlaced.v1.json`. */
export const snapshotFileOf = (event: { type: string; version: number }): string =>
  `${event.type}.v${event.version}.json`;

const SNAPSHOT_COMMAND = 'pnpm --filter @commerce/contracts snapshot';

/**
 * Every way the catalog breaks a published contract, one message each, naming the event, version
 * and change. `snapshots` maps snapshot file names to their parsed JSON.
 *
 * - A catalog version whose schema breaks its snapshot must become a new version instead.
 * - A catalog version without a snapshot has not been recorded: snapshot it in the change that adds it.
 * - A snapshot without a catalog version means a published version was removed by accident;
 *   retiring one on purpose deletes its snapshot too, visibly, in a major release.
 */
export const publishedContractProblems = (
  entries: readonly VersionedSchema[],
  snapshots: ReadonlyMap<string, unknown>,
): string[] => {
  const problems: string[] = [];
  for (const entry of entries) {
    const label = `${entry.type} v${entry.version}`;
    const file = snapshotFileOf(entry);
    if (!snapshots.has(file)) {
      problems.push(`${label} has no snapshot published/${file}: run \`${SNAPSHOT_COMMAND}\``);
      continue;
    }
    for (const { path, change } of breakingChanges(snapshots.get(file), entry.schema)) {
      problems.push(
        `${label} breaks its published schema at ${path}: ${change}. Revert it, or add ${entry.type} v${entry.version + 1}.`,
      );
    }
  }
  const cataloged = new Set(entries.map(snapshotFileOf));
  for (const file of [...snapshots.keys()].filter((file) => !cataloged.has(file))) {
    problems.push(
      `published/${file} has no catalog entry: published versions stay in the catalog (retiring one means deleting its snapshot too, in a major release)`,
    );
  }
  return problems;
};
