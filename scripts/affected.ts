/**
 * `pnpm affected [ref] [--json]`: the services and packages changed since `ref`, with everything
 * that depends on them, one name per line (or a JSON array of names). Without a ref it compares
 * with where this branch left main (docs/ci.md).
 *
 *   pnpm affected                 # since the merge base with origin/main (or main)
 *   pnpm affected HEAD~3 --json
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { affectedProjects, defaultBase } from './ci/affected.js';
import { readProjects } from './ci/workspace.js';

const root = join(import.meta.dirname, '..');
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'boolean', default: false } },
});

const [ref] = positionals;
const base = ref === undefined ? defaultBase(root) : { ref, description: ref };
try {
  const names = affectedProjects(root, base.ref, readProjects(root)).map((project) => project.name);
  // The base goes to stderr, so stdout stays a list a script can read.
  process.stderr.write(`Affected since ${base.description}: ${names.length}\n`);
  process.stdout.write(values.json ? `${JSON.stringify(names)}\n` : names.map((name) => `${name}\n`).join(''));
} catch (error) {
  process.stderr.write(`✖ ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
