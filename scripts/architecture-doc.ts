/**
 * `pnpm docs:architecture`: copies the event overview and routing diagram that contracts
 * generates in its CATALOG.md into docs/architecture.md, between its `generated` markers, so the
 * architecture page shows the catalog as it is. `--check` (part of `pnpm check:generated`) exits 1
 * when the page is stale instead of writing it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';

const root = join(import.meta.dirname, '..');
const catalogPath = join(root, 'packages/contracts/CATALOG.md');
const pagePath = join(root, 'docs/architecture.md');
const START = '<!-- generated: catalog -->';
const END = '<!-- end generated -->';

/** The body of a `## <title>` section of the catalog, up to the next section. */
const section = (markdown: string, title: string): string => {
  const match = new RegExp(`^## ${title}\\n([\\s\\S]*?)(?=^## )`, 'm').exec(markdown);
  if (!match) throw new Error(`CATALOG.md has no "## ${title}" section`);
  return match[1]!.trim();
};

const architectureSection = (catalog: string): string =>
  [
    START,
    '',
    '### Every event',
    '',
    // The catalog links to its own headings; from docs/ they are in the catalog's file.
    section(catalog, 'Overview').replaceAll('](#', '](../packages/contracts/CATALOG.md#'),
    '',
    '### Who publishes what, on which transport, to whom',
    '',
    section(catalog, 'Flow'),
    '',
    END,
  ].join('\n');

const page = readFileSync(pagePath, 'utf8');
const start = page.indexOf(START);
const end = page.indexOf(END);
if (start < 0 || end < start) throw new Error(`docs/architecture.md lacks the markers ${START} ... ${END}`);
// Formatted as \`pnpm format:check\` wants it: the catalog's tables are padded for their own links.
const fresh = await format(
  page.slice(0, start) + architectureSection(readFileSync(catalogPath, 'utf8')) + page.slice(end + END.length),
  { ...(await resolveConfig(pagePath)), filepath: pagePath },
);

if (process.argv.includes('--check')) {
  if (fresh !== page) {
    console.error('docs/architecture.md is out of date with the catalog: run `pnpm docs:architecture`');
    process.exit(1);
  }
} else writeFileSync(pagePath, fresh);
