/**
 * `pnpm ci:workflow <name>... [--all] [--write]`: the pipeline workflow of a service or package,
 * derived from its package.json (docs/ci.md). Prints it, or with --write writes
 * .github/workflows/<name>.yml; then `pnpm lint:workflows` checks it like any other.
 *
 *   pnpm ci:workflow billing --write     # a new service's pipeline
 *   pnpm ci:workflow --all --write       # after a project's workspace dependencies changed
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { callerWorkflow } from './ci/caller.js';
import { workflowFileOf } from './ci/inputs.js';
import { describeNames, findProject, readProjects, type Project } from './ci/workspace.js';

const root = join(import.meta.dirname, '..');
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { all: { type: 'boolean', default: false }, write: { type: 'boolean', default: false } },
});

const projects = readProjects(root);
const chosen = values.all ? projects : positionals.map((name) => findProject(projects, name) ?? name);
const unknown = chosen.filter((project): project is string => typeof project === 'string');
if (chosen.length === 0 || unknown.length > 0) {
  process.stderr.write(
    `${unknown.length > 0 ? `Unknown service or package: ${unknown.join(', ')}` : 'Name a service or package, or --all'}\n` +
      `Valid names: ${describeNames(projects)}\n`,
  );
  process.exit(2);
}

for (const project of chosen as Project[]) {
  const workflow = callerWorkflow(project, projects);
  if (!values.write) {
    process.stdout.write(workflow);
    continue;
  }
  writeFileSync(join(root, workflowFileOf(project)), workflow);
  process.stdout.write(`✔ wrote ${workflowFileOf(project)}\n`);
}
