/**
 * Records the schema of every catalog version that has no snapshot yet under published/
 * (`pnpm snapshot`). Run it in the change that adds a version; it never touches an existing
 * snapshot, since a released version is immutable.
 */
import { listEntries } from '../src/catalog/index.js';
import { writeMissingSnapshots } from './lib/snapshot-files.js';

const written = await writeMissingSnapshots(listEntries());
console.log(
  written.length === 0 ? 'Every version already has a snapshot.' : `Wrote published/${written.join(', published/')}`,
);
