import { join } from 'node:path';
import { actionlint } from '../scripts/ci/actionlint.js';
import { callerWorkflow } from '../scripts/ci/caller.js';
import { lintWorkflows, readLocalActions, readWorkflows } from '../scripts/ci/lint.js';
import type { WorkflowSource } from '../scripts/ci/workflow-file.js';
import { checkWorkflows, type Rule } from '../scripts/ci/workflow-policy.js';
import { readProjects, type Project } from '../scripts/ci/workspace.js';

const root = join(import.meta.dirname, '..');
const projects = readProjects(root);
const sources = [...readWorkflows(root), ...readLocalActions(root)];

// actionlint's WASM module takes a few seconds to compile on a loaded machine: once, here.
beforeAll(() => actionlint('on: push\n', 'warm-up.yml'), 60_000);

/** The repository's workflows with one file edited; fails when the edit changed nothing, so no case passes vacuously. */
const withEdit = (path: string, edit: (text: string) => string): WorkflowSource[] =>
  sources.map((source) => {
    if (source.path !== path) return source;
    const text = edit(source.text);
    if (text === source.text) throw new Error(`the edit of ${path} changed nothing`);
    return { ...source, text };
  });

const dropLine = (line: string) => (text: string) => text.replaceAll(`${line}\n`, '');

describe('actionlint', () => {
  const workflow = (job: string) =>
    ['name: seeded', 'on: push', 'permissions:', '  contents: read', 'jobs:', '  check:', job].join('\n');

  it.each([
    ['an unknown key', '    runs-on: ubuntu-24.04\n    stepz:\n      - run: echo hi\n', /unexpected key "stepz"/],
    [
      'an expression reading a context that does not exist',
      '    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ${{ github.nope }}\n',
      /property "nope" is not defined/,
    ],
    ['a job without steps or uses', '    runs-on: ubuntu-24.04\n', /"steps" section is missing/],
  ])('rejects a workflow with %s, naming its line', async (_case, job, message) => {
    const findings = await actionlint(workflow(job), '.github/workflows/seeded.yml');

    expect(findings).toContainEqual(expect.objectContaining({ message: expect.stringMatching(message) }));
    expect(findings.every((finding) => finding.line >= 6)).toBe(true);
  });

  it('finds nothing wrong, nor does the policy, in the repository’s own workflows', async () => {
    await expect(lintWorkflows(root)).resolves.toEqual([]);
  });
});

describe('the pipeline policy', () => {
  const rulesOf = (violations: ReturnType<typeof checkWorkflows>) => violations.map((violation) => violation.rule);

  it('knows every service and package and their workspace dependencies from the package.json files', () => {
    const dependencies = Object.fromEntries(projects.map((project) => [project.name, project.dependsOn]));

    const dirs = projects.map((project) => project.dir);
    const inGroup = (group: string) => dirs.filter((dir) => dir.startsWith(`${group}/`)).sort();

    // Services first, then packages, each group in name order; a service made by `pnpm new:service` joins its group.
    expect(dirs).toEqual([...inGroup('services'), ...inGroup('packages')]);
    expect(dirs).toEqual(
      expect.arrayContaining([
        'services/analytics',
        'services/inventory',
        'services/notifications',
        'services/orders',
        'services/payments',
        'services/platform',
        'packages/contracts',
        'packages/deploy-preflight',
        'packages/infra-checks',
        'packages/local-cloud',
        'packages/shared-core',
        'packages/testing',
      ]),
    );
    expect(dependencies['orders']).toEqual([
      'contracts',
      'deploy-preflight',
      'infra-checks',
      'local-cloud',
      'shared-core',
      'testing',
    ]);
    expect(dependencies['testing']).toEqual(['contracts', 'shared-core']);
    expect(dependencies['shared-core']).toEqual([]);
  });

  it('holds for the repository: a pipeline per project, pinned actions, complete path filters', () => {
    expect(checkWorkflows(projects, sources)).toEqual([]);
  });

  const newProject: Project = {
    name: 'billing',
    packageName: '@commerce/billing',
    dir: 'services/billing',
    kind: 'service',
    dependsOn: ['shared-core'],
  };
  // local-cloud starting to depend on shared-core, as its package.json would say.
  const grown = projects.map((project) =>
    project.name === 'local-cloud' ? { ...project, dependsOn: ['shared-core'] } : project,
  );
  const checkout = 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1';

  it.each<[string, readonly Project[], WorkflowSource[], Rule, string]>([
    [
      'a service without a workflow',
      [...projects, newProject],
      sources,
      'pipeline-missing',
      'service "billing" has no pipeline',
    ],
    [
      'a package whose workflow was deleted',
      projects,
      sources.filter((source) => source.path !== '.github/workflows/testing.yml'),
      'pipeline-missing',
      'package "testing" has no pipeline',
    ],
    [
      'an action used by tag',
      projects,
      withEdit('.github/workflows/reusable-ci.yml', (text) => text.replace(checkout, 'actions/checkout@v7.0.1')),
      'action-unpinned',
      '"actions/checkout@v7.0.1" is not pinned to a commit',
    ],
    [
      'an action pinned by a short SHA',
      projects,
      withEdit('.github/workflows/reusable-deploy.yml', (text) =>
        text.replace(checkout, 'actions/checkout@3d3c42e # v7.0.1'),
      ),
      'action-unpinned',
      'is not pinned to a commit',
    ],
    [
      'a pinned action without its tag',
      projects,
      withEdit('.github/workflows/reusable-ci.yml', (text) => text.replace(' # v7.0.1', '')),
      'action-unpinned',
      'needs its tag as a comment',
    ],
    [
      'an unpinned action inside the local setup action',
      projects,
      withEdit('.github/actions/setup-workspace/action.yml', (text) =>
        text.replace(/pnpm\/action-setup@\S+/, 'pnpm/action-setup@v4'),
      ),
      'action-unpinned',
      '"pnpm/action-setup@v4" is not pinned',
    ],
    [
      'path filters missing a dependency',
      projects,
      withEdit('.github/workflows/testing.yml', dropLine('      - packages/contracts/**')),
      'paths-uncovered',
      'misses packages/contracts/**',
    ],
    [
      'path filters missing a dependency its package.json gained',
      grown,
      sources,
      'paths-uncovered',
      'on.push.paths misses packages/shared-core/**: a change there would not run the local-cloud pipeline',
    ],
    [
      'path filters missing the lockfile',
      projects,
      withEdit('.github/workflows/orders.yml', dropLine('      - pnpm-lock.yaml')),
      'paths-uncovered',
      'misses pnpm-lock.yaml',
    ],
    [
      'path filters missing the reusable workflow it calls',
      projects,
      withEdit('.github/workflows/payments.yml', dropLine('      - .github/workflows/reusable-deploy.yml')),
      'paths-uncovered',
      'misses .github/workflows/reusable-deploy.yml',
    ],
    [
      'path filters missing the setup action its reusable workflow uses',
      projects,
      withEdit('.github/workflows/contracts.yml', dropLine('      - .github/actions/setup-workspace/**')),
      'paths-uncovered',
      'misses .github/actions/setup-workspace/**',
    ],
    [
      'a negated path filter',
      projects,
      withEdit('.github/workflows/platform.yml', (text) =>
        text.replace(
          '      - services/platform/**\n',
          "      - services/platform/**\n      - '!services/platform/**/*.md'\n",
        ),
      ),
      'paths-uncovered',
      'avoid negations',
    ],
    [
      'a pull_request trigger without paths',
      projects,
      withEdit('.github/workflows/shared-core.yml', (text) =>
        text.replace(/ {2}pull_request:\n( {4}.*\n)*/, '  pull_request:\n    branches: [main]\n'),
      ),
      'paths-uncovered',
      'on.pull_request.paths is missing',
    ],
    [
      'a reusable workflow called with an input it does not declare',
      projects,
      withEdit('.github/workflows/analytics.yml', (text) =>
        text.replace('      project: analytics\n', '      project: analytics\n      stage: prod\n'),
      ),
      'reusable-call',
      'declares no input "stage"',
    ],
    [
      'a reusable workflow called without a required input',
      projects,
      withEdit('.github/workflows/local-cloud.yml', dropLine('      project: local-cloud')),
      'reusable-call',
      'requires input "project"',
    ],
    [
      'a workflow without top-level permissions',
      projects,
      withEdit('.github/workflows/inventory.yml', dropLine('permissions:\n  contents: read')),
      'permissions-missing',
      'declare the least token permissions',
    ],
  ])('refuses %s', (_case, seededProjects, seededSources, rule, message) => {
    const violations = checkWorkflows(seededProjects, seededSources);

    expect(rulesOf(violations)).toContain(rule);
    expect(violations).toContainEqual(expect.objectContaining({ rule, message: expect.stringContaining(message) }));
  });

  it('points at the line of the problem', () => {
    const violations = checkWorkflows(
      projects,
      withEdit('.github/workflows/reusable-ci.yml', (text) => text.replace(checkout, 'actions/checkout@v7.0.1')),
    );
    const line = sources
      .find((source) => source.path === '.github/workflows/reusable-ci.yml')
      ?.text.split('\n')
      .findIndex((text) => text.includes(checkout));

    expect(violations).toEqual([
      expect.objectContaining({ file: '.github/workflows/reusable-ci.yml', line: (line ?? 0) + 1 }),
    ]);
  });
});

describe('pnpm ci:workflow', () => {
  const billing: Project = {
    name: 'billing',
    packageName: '@commerce/billing',
    dir: 'services/billing',
    kind: 'service',
    dependsOn: ['contracts', 'shared-core'],
  };

  it.each([
    ['a new service', billing],
    [
      'a new package',
      { ...billing, name: 'money', packageName: '@commerce/money', dir: 'packages/money', kind: 'package' } as const,
    ],
  ])('writes a pipeline for %s that actionlint and the policy accept', async (_case, project) => {
    const withNew = [...projects, project];
    const workflow = { path: `.github/workflows/${project.name}.yml`, text: callerWorkflow(project, withNew) };

    await expect(actionlint(workflow.text, workflow.path)).resolves.toEqual([]);
    expect(checkWorkflows(withNew, [...sources, workflow])).toEqual([]);
  });

  it('deploys only services', () => {
    expect(callerWorkflow(billing, projects)).toContain('uses: ./.github/workflows/reusable-deploy.yml');
    expect(callerWorkflow({ ...billing, kind: 'package' }, projects)).not.toContain('deploy');
  });
});
