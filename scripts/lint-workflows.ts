/**
 * `pnpm lint:workflows`: actionlint and the workspace's workflow policy over .github/workflows.
 * Prints one `file:line:column: message` per problem and exits 1 when there is any.
 */
import { join } from 'node:path';
import { formatProblem, lintWorkflows, readWorkflows } from './ci/lint.js';

const root = join(import.meta.dirname, '..');
const problems = await lintWorkflows(root);

if (problems.length > 0) {
  for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
  process.stderr.write(`\n✖ ${problems.length} problem(s) in the workflows (docs/ci.md)\n`);
  process.exit(1);
}
process.stdout.write(`✔ ${readWorkflows(root).length} workflows pass actionlint and the pipeline policy\n`);
