import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runSteps, summarize } from '../scripts/ci/run-steps.js';
import { stepsFor } from '../scripts/ci/steps.js';
import { findProject, readProjects, type Project } from '../scripts/ci/workspace.js';

const root = join(import.meta.dirname, '..');
const projects = readProjects(root);
const project = (name: string): Project => {
  const found = findProject(projects, name);
  if (!found) throw new Error(`no project ${name}`);
  return found;
};
const titles = (name: string) => stepsFor(project(name)).map((step) => step.title);

describe('pnpm ci:service', () => {
  it('checks a service as its deploy needs it: built, linted, typed, tested, packaged, policy-checked', () => {
    expect(titles('orders')).toEqual([
      'build',
      'generated files',
      'lint',
      'format',
      'typecheck',
      'test',
      'package',
      'infra',
    ]);
  });

  it('checks a package without packaging or the infra policy', () => {
    expect(titles('contracts')).toEqual(['build', 'generated files', 'lint', 'format', 'typecheck', 'test']);
  });

  it('builds the project with the workspace packages it depends on, and lints only its folder', () => {
    const commands = stepsFor(project('payments')).map((step) => step.command?.join(' '));

    expect(commands).toContain('pnpm --filter @commerce/payments... --if-present run build');
    expect(commands).toContain('pnpm exec eslint services/payments --max-warnings 0');
    expect(commands).toContain('pnpm --filter @commerce/payments run test');
  });

  it("ends a service's pipeline with its infra policy and contract checks", () => {
    expect(stepsFor(project('inventory')).at(-1)).toEqual({
      title: 'infra',
      command: ['pnpm', 'check:infra', 'inventory'],
    });
  });

  it('is what the GitHub pipeline runs', () => {
    const workflow = readFileSync(join(root, '.github/workflows/reusable-ci.yml'), 'utf8');

    expect(workflow).toContain('run: pnpm ci:service "$PROJECT"');
  });

  it('stops at the first failing step and reports every step it ran with its duration', async () => {
    const output: string[] = [];
    const node = (code: string) => [process.execPath, '-e', code];

    const results = await runSteps(
      [
        { title: 'first', command: node('') },
        { title: 'skipped', skipped: 'not yet' },
        { title: 'failing', command: node('process.exit(3)') },
        { title: 'never', command: node('') },
      ],
      { cwd: root, write: (text) => output.push(text) },
    );

    expect(results.map(({ title, status, exitCode }) => ({ title, status, exitCode }))).toEqual([
      { title: 'first', status: 'passed', exitCode: undefined },
      { title: 'skipped', status: 'skipped', exitCode: undefined },
      { title: 'failing', status: 'failed', exitCode: 3 },
    ]);
    expect(output.join('')).toContain('✖ failing failed (exit 3)');
    expect(summarize(results)).toMatch(/✔ first +\d+\.\ds\n○ skipped +skipped\n✖ failing +\d+\.\ds\n +total +\d+\.\ds/);
  });

  it('refuses an unknown name and lists the valid ones', async () => {
    // Read from the workspace, so a service made by `pnpm new:service` is listed too.
    const namesOf = (kind: Project['kind']) =>
      projects
        .filter((candidate) => candidate.kind === kind)
        .map((candidate) => candidate.name)
        .join(', ');

    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/ci-service.ts', 'billing'], {
      cwd: root,
    });

    await expect(run).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Unknown service or package "billing"'),
    });
    await expect(run).rejects.toMatchObject({
      stderr: expect.stringContaining(`services: ${namesOf('service')}; packages: ${namesOf('package')}`),
    });
  });
});
