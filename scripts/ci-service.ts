/**
 * `pnpm ci:service <name>`: one service's or package's pipeline on this machine, the same steps
 * its GitHub workflow runs (reusable-ci.yml calls this very command). `--dry-run` prints the steps.
 *
 *   pnpm ci:service orders
 *   pnpm ci:service @commerce/contracts --dry-run
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runSteps, summarize } from './ci/run-steps.js';
import { stepsFor } from './ci/steps.js';
import { describeNames, findProject, readProjects } from './ci/workspace.js';

const root = join(import.meta.dirname, '..');
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { 'dry-run': { type: 'boolean', default: false } },
});

const projects = readProjects(root);
const [name] = positionals;
const project = name === undefined ? undefined : findProject(projects, name);
if (!project) {
  process.stderr.write(
    `${name === undefined ? 'Name a service or package' : `Unknown service or package "${name}"`}: pnpm ci:service <name>\n` +
      `Valid names: ${describeNames(projects)}\n`,
  );
  process.exit(2);
}

const steps = stepsFor(project);

if (values['dry-run']) {
  for (const step of steps)
    process.stdout.write(`${step.title}: ${step.command?.join(' ') ?? `skipped, ${step.skipped}`}\n`);
  process.exit(0);
}

process.stdout.write(`${project.kind} ${project.name} (${project.packageName}): ${steps.length} steps\n`);
const results = await runSteps(steps, { cwd: root, groups: process.env['GITHUB_ACTIONS'] === 'true' });
process.stdout.write(`\n${summarize(results)}\n`);

const failed = results.find((result) => result.status === 'failed');
if (failed) {
  process.stderr.write(`\n✖ pnpm ci:service ${project.name}: ${failed.title} failed\n`);
  process.exit(failed.exitCode ?? 1);
}
process.stdout.write(`\n✔ pnpm ci:service ${project.name} passed\n`);
