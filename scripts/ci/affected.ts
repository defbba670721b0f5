/**
 * The services and packages a change affects: those pnpm's `...[<ref>]` filter selects (changed
 * since the ref, and every project depending on one of them), and every project when a shared
 * input (inputs.ts: the lockfile, the root package.json, ...) changed, as every pipeline then runs.
 */
import { execFileSync } from 'node:child_process';
import { relative, sep } from 'node:path';
import { touchesSharedInputs } from './inputs.js';
import type { Project } from './workspace.js';

const git = (root: string, ...args: string[]): string | undefined => {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
};

export interface Base {
  /** What to compare with: a commit SHA or a ref git resolves. */
  readonly ref: string;
  /** How it was chosen, for the user. */
  readonly description: string;
}

/**
 * Where this branch left main: the merge base with origin/main, or with the local main where there
 * is no remote; the previous commit when neither exists. A merge base, not main's tip, so commits
 * that landed on main since this branch started are not counted as this branch's changes.
 */
export const defaultBase = (root: string): Base => {
  for (const branch of ['origin/main', 'main']) {
    const base =
      git(root, 'rev-parse', '--verify', '--quiet', `${branch}^{commit}`) && git(root, 'merge-base', 'HEAD', branch);
    if (base) return { ref: base, description: `the merge base with ${branch} (${base.slice(0, 7)})` };
  }
  return { ref: 'HEAD~1', description: 'HEAD~1 (no main branch here)' };
};

/** The projects in the output of `pnpm ls -r --depth -1 --json`, ignoring the workspace root. */
export const parsePnpmList = (stdout: string, root: string, projects: readonly Project[]): Project[] => {
  const listed = stdout.trim() === '' ? [] : (JSON.parse(stdout) as { path: string }[]);
  const dirs = new Set(listed.map((entry) => relative(root, entry.path).split(sep).join('/')));
  return projects.filter((project) => dirs.has(project.dir));
};

/** Files changed since `ref` in the working tree, committed or not (untracked files count once added, as for pnpm). */
const changedFiles = (root: string, ref: string): string[] =>
  (git(root, 'diff', '--name-only', '-z', ref) ?? '').split('\0').filter(Boolean);

/** The projects affected by the changes since `ref`, in `projects`' order. */
export const affectedProjects = (root: string, ref: string, projects: readonly Project[]): Project[] => {
  if (!git(root, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`)) {
    throw new Error(`"${ref}" is not a commit git knows here: name a branch, tag or SHA`);
  }
  if (touchesSharedInputs(changedFiles(root, ref))) return [...projects];
  const stdout = execFileSync('pnpm', ['ls', '-r', '--depth', '-1', '--json', '--filter', `...[${ref}]`], {
    cwd: root,
    encoding: 'utf8',
  });
  return parsePnpmList(stdout, root, projects);
};
