/**
 * The thin workflow that gives one service or package its pipeline: triggers with the path filters
 * the workflow policy requires, then calls the reusable workflows. `pnpm ci:workflow <name>` writes
 * it for a new project, or again after a project's workspace dependencies changed.
 */
import { SHARED_INPUTS, workflowFileOf } from './inputs.js';
import type { Project } from './workspace.js';

export const REUSABLE_CI = '.github/workflows/reusable-ci.yml';
export const REUSABLE_DEPLOY = '.github/workflows/reusable-deploy.yml';
export const SETUP_ACTION = '.github/actions/setup-workspace';

const list = (indent: string, items: readonly string[]) => items.map((item) => `${indent}- ${item}`).join('\n');

export const callerWorkflow = (project: Project, projects: readonly Project[]): string => {
  const isService = project.kind === 'service';
  const dirOf = (name: string) => projects.find((candidate) => candidate.name === name)?.dir ?? name;
  const paths = list('      ', [
    `${project.dir}/**`,
    ...project.dependsOn.map((name) => `${dirOf(name)}/**`),
    workflowFileOf(project),
    REUSABLE_CI,
    ...(isService ? [REUSABLE_DEPLOY] : []),
    `${SETUP_ACTION}/**`,
    ...SHARED_INPUTS,
  ]);

  const header = [
    `# The ${project.name} ${project.kind}'s pipeline.`,
    `# \`pnpm ci:service ${project.name}\` on every change to it or to what it builds on${isService ? ', then a deploy from main' : ''}.`,
    '# The steps live in the reusable workflows; the paths are checked by `pnpm lint:workflows` (docs/ci.md).',
    `name: ${project.name}`,
  ];
  const triggers = [
    '',
    'on:',
    '  push:',
    '    branches: [main]',
    '    paths:',
    paths,
    '  pull_request:',
    '    paths:',
    paths,
  ];
  const dispatch = [
    "  # Deploys main to another stage (prod, say) by hand; the stage's environment decides who may.",
    '  workflow_dispatch:',
    '    inputs:',
    '      stage:',
    '        description: The stage to deploy main to',
    '        type: string',
    '        default: dev',
  ];
  const ci = [
    '',
    'permissions:',
    '  contents: read',
    '',
    'jobs:',
    '  ci:',
    `    uses: ./${REUSABLE_CI}`,
    '    with:',
    `      project: ${project.name}`,
  ];
  const deploy = [
    '  deploy:',
    '    needs: ci',
    '    # Only main deploys: a push goes to dev, a manual run to its stage. A pull request runs on',
    '    # refs/pull/<n>/merge, so it never deploys.',
    "    if: github.ref == 'refs/heads/main'",
    `    uses: ./${REUSABLE_DEPLOY}`,
    '    permissions:',
    '      contents: read',
    '      id-token: write',
    '    with:',
    `      service: ${project.name}`,
    "      stage: ${{ inputs.stage || 'dev' }}",
  ];
  return [...header, ...triggers, ...(isService ? dispatch : []), ...ci, ...(isService ? deploy : []), ''].join('\n');
};
