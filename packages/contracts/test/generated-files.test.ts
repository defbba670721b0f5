import { compileValidators } from '@commerce/shared-core/schemas';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listEntries } from '../src/catalog/index.js';
import { CATALOG_COMMAND, CATALOG_PATH, generateCatalogMarkdown } from '../scripts/lib/markdown/generate.js';
import { schemas } from '../scripts/validator-schemas.js';

const packageDir = join(import.meta.dirname, '..');
const read = (path: string): string => readFileSync(join(packageDir, path), 'utf8');

/** 'fresh', or the message a reader needs when it is not: which file, and the command that fixes it. */
const freshness = (file: string, committed: string, fresh: string, command: string): string =>
  committed === fresh ? 'fresh' : `${file} is stale: run \`${command}\``;

// What `pnpm generate` passes to commerce-compile-schemas (see package.json), which writes these
// into the generated file's header.
const VALIDATORS_SOURCE = 'scripts/validator-schemas.ts';
const VALIDATORS_FILE = 'src/validators.generated.ts';

describe('the committed generated files', () => {
  it('include validators compiled from the current catalog schemas', () => {
    const fresh = compileValidators(schemas, {
      sourceLabel: VALIDATORS_SOURCE,
      regenerateWith: `commerce-compile-schemas ${VALIDATORS_SOURCE} ${VALIDATORS_FILE}`,
    });

    const verdict = freshness(
      VALIDATORS_FILE,
      read(VALIDATORS_FILE),
      fresh,
      'pnpm --filter @commerce/contracts generate',
    );

    expect(verdict).toBe('fresh');
  });

  it('include a CATALOG.md that matches the catalog', async () => {
    const fresh = await generateCatalogMarkdown(listEntries());

    const verdict = freshness('CATALOG.md', readFileSync(CATALOG_PATH, 'utf8'), fresh, CATALOG_COMMAND);

    expect(verdict).toBe('fresh');
  });
});
