/**
 * Everything `pnpm lint:workflows` reports: actionlint's findings for each file under
 * .github/workflows and the workspace's own workflow policy (which also reads the local actions
 * under .github/actions), as one sorted list of problems.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionlint } from './actionlint.js';
import { checkWorkflows } from './workflow-policy.js';
import type { WorkflowSource } from './workflow-file.js';
import { readProjects } from './workspace.js';

export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  /** `actionlint/<kind>` or `policy/<rule>`, so a reader knows which tool to argue with. */
  readonly source: string;
}

const yamlIn = (root: string, dir: string, pick: (name: string) => string | undefined): WorkflowSource[] =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir))
        .sort()
        .flatMap((name) => {
          const path = pick(name);
          return path && existsSync(join(root, dir, path))
            ? [{ path: `${dir}/${path}`, text: readFileSync(join(root, dir, path), 'utf8') }]
            : [];
        })
    : [];

/** The workflow files of the repository at `root`, with paths relative to it. */
export const readWorkflows = (root: string): WorkflowSource[] =>
  yamlIn(root, '.github/workflows', (name) => (/\.ya?ml$/.test(name) ? name : undefined));

/** The local composite actions' metadata files: their steps' `uses` are pinned like any workflow's. */
export const readLocalActions = (root: string): WorkflowSource[] =>
  yamlIn(root, '.github/actions', (name) => `${name}/action.yml`);

export const lintWorkflows = async (root: string): Promise<Problem[]> => {
  const workflows = readWorkflows(root);
  const linted = await Promise.all(
    workflows.map(async (workflow) =>
      (await actionlint(workflow.text, workflow.path)).map((finding) => ({
        file: workflow.path,
        line: finding.line,
        column: finding.column,
        message: finding.message,
        source: `actionlint/${finding.kind}`,
      })),
    ),
  );
  const policy = checkWorkflows(readProjects(root), [...workflows, ...readLocalActions(root)]).map(
    ({ rule, ...problem }) => ({
      ...problem,
      source: `policy/${rule}`,
    }),
  );
  return [...linted.flat(), ...policy].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
};

/** `file:line:column: message [source]`, the shape editors and CI annotations link from. */
export const formatProblem = (problem: Problem): string =>
  `${problem.file}:${problem.line}:${problem.column}: ${problem.message} [${problem.source}]`;
