/**
 * Writes CATALOG.md from the catalog (`pnpm catalog`), or with --check exits 1 when the committed
 * file is stale (`pnpm check:generated`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { listEntries } from '../src/catalog/index.js';
import { CATALOG_COMMAND, CATALOG_PATH, generateCatalogMarkdown } from './lib/markdown/generate.js';

const markdown = await generateCatalogMarkdown(listEntries());
if (process.argv.includes('--check')) {
  if (!existsSync(CATALOG_PATH) || readFileSync(CATALOG_PATH, 'utf8') !== markdown) {
    console.error(`CATALOG.md is out of date with src/catalog: run \`${CATALOG_COMMAND}\``);
    process.exit(1);
  }
} else {
  writeFileSync(CATALOG_PATH, markdown);
}
