/**
 * What each project's pipeline depends on, as GitHub path filters: its own folder, the folders of
 * the workspace packages it depends on, and the root files that decide how every project is
 * installed, built, linted and tested. The workflow policy requires these in every caller's
 * `paths:`, and `pnpm affected` treats a change to a shared input as touching every project.
 */
import type { Project } from './workspace.js';

/**
 * Root files every pipeline's result depends on. `scripts/ci/**` and `scripts/ci-service.ts` are
 * the steps themselves; `scripts/lint/**` holds the ESLint rules the lint step applies.
 */
export const SHARED_INPUTS = [
  'package.json',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'tsconfig.base.json',
  'eslint.config.mjs',
  'scripts/lint/**',
  'jest.*',
  'scripts/ci/**',
  'scripts/ci-service.ts',
] as const;

/** The workflow file of a project: one per service or package, named after its folder. */
export const workflowFileOf = (project: Pick<Project, 'name'>): string => `.github/workflows/${project.name}.yml`;

/** The path filters a project's pipeline must list (besides its own workflow files). */
export const inputsOf = (project: Project, projects: readonly Project[]): string[] => {
  const dirOf = (name: string) => projects.find((candidate) => candidate.name === name)?.dir ?? name;
  return [`${project.dir}/**`, ...project.dependsOn.map((name) => `${dirOf(name)}/**`), ...SHARED_INPUTS];
};

/**
 * Whether `file` (relative, forward slashes) matches a filter pattern, for the subset of GitHub's
 * filter syntax the inputs use: `**` spans folders, `*` stays within one name.
 * https://docs.github.com/actions/reference/workflows-and-actions/workflow-syntax#filter-pattern-cheat-sheet
 */
export const matchesPattern = (file: string, pattern: string): boolean => {
  const source = pattern
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((literal) => literal.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*');
  return new RegExp(`^${source}$`).test(file);
};

/** Whether any of `files` is a shared input, so every pipeline runs for it. */
export const touchesSharedInputs = (files: readonly string[]): boolean =>
  files.some((file) => SHARED_INPUTS.some((pattern) => matchesPattern(file, pattern)));
