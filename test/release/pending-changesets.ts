import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bump } from './release-workspace.js';

export interface PendingChangeset {
  bumps: Record<string, Bump>;
  summary: string;
}

const ORDER: readonly Bump[] = ['patch', 'minor', 'major'];

/** The changesets waiting in `.changeset/`: each file's front matter (package: bump) and its text. */
export const pendingChangesets = (root: string): PendingChangeset[] =>
  readdirSync(join(root, '.changeset'))
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .map((file) => {
      const text = readFileSync(join(root, '.changeset', file), 'utf8');
      const [, front = '', summary = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      const bumps = Object.fromEntries(
        [...front.matchAll(/^['"]?([^'":]+)['"]?:\s*(major|minor|patch)\s*$/gm)].map(([, name, bump]) => [name, bump]),
      ) as Record<string, Bump>;
      return { bumps, summary: summary.trim() };
    });

/** The version `changeset version` must give a package: its highest pending bump, or none. */
export const expectedVersion = (current: string, name: string, pending: readonly PendingChangeset[]): string => {
  const bumps = pending.flatMap(({ bumps }) => (bumps[name] ? [bumps[name]] : []));
  if (bumps.length === 0) return current;
  const highest = bumps.reduce((a, b) => (ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a));
  const [major = 0, minor = 0, patch = 0] = current.split('.').map(Number);
  if (highest === 'major') return `${major + 1}.0.0`;
  if (highest === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
};
