import { join } from 'node:path';
import type { CatalogEntry } from '../../../src/catalog/index.js';
import { formatFor } from '../prettier.js';
import { renderCatalog } from './catalog-markdown.js';

export { CATALOG_COMMAND } from './catalog-markdown.js';

/** packages/contracts/CATALOG.md */
export const CATALOG_PATH = join(import.meta.dirname, '..', '..', '..', 'CATALOG.md');

/** CATALOG.md exactly as committed: rendered, then formatted as prettier --check expects. */
export const generateCatalogMarkdown = async (entries: readonly CatalogEntry[]): Promise<string> =>
  formatFor(CATALOG_PATH, renderCatalog(entries));
