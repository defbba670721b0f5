/**
 * The steps of one project's pipeline, in order: what `pnpm ci:service <name>` runs on a laptop
 * and what reusable-ci.yml runs in GitHub Actions, so the two cannot drift apart.
 */
import type { Project } from './workspace.js';

export interface Step {
  /** A short name for the step's header and the summary: `lint`, `test`, ... */
  readonly title: string;
  /** The command line, run from the repository root; absent when the step is skipped. */
  readonly command?: readonly string[];
  /** Why the step does not run, printed in its place. */
  readonly skipped?: string;
}

const pnpm = (...args: string[]): readonly string[] => ['pnpm', ...args];

export const stepsFor = (project: Project): Step[] => {
  const only = (...args: string[]) => pnpm('--filter', project.packageName, 'run', ...args);
  const common: Step[] = [
    // `<package>...` is the project and every workspace package it depends on, built in dependency order.
    { title: 'build', command: pnpm('--filter', `${project.packageName}...`, '--if-present', 'run', 'build') },
    { title: 'generated files', command: only('--if-present', 'check:generated') },
    { title: 'lint', command: pnpm('exec', 'eslint', project.dir, '--max-warnings', '0') },
    { title: 'format', command: pnpm('exec', 'prettier', '--check', project.dir) },
    { title: 'typecheck', command: only('typecheck') },
    { title: 'test', command: only('test') },
  ];
  if (project.kind === 'package') return common;
  return [
    ...common,
    // `sls package` needs no AWS account: the CloudFormation a deploy would send, checked offline.
    { title: 'package', command: only('package') },
    // Packages dev and prod again, without credentials, and checks policy and routing (packages/infra-checks).
    { title: 'infra', command: pnpm('check:infra', project.name) },
  ];
};
