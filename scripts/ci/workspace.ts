/**
 * The workspace as its pipelines see it: one project per folder under services/ and packages/, each
 * with the workspace packages it depends on, directly or through another. The workflows' path
 * filters, `pnpm ci:service` and `pnpm affected` all read this one description, so they agree.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type ProjectKind = 'service' | 'package';

export interface Project {
  /** The folder's name: the name of its workflow file and the argument of `pnpm ci:service`. */
  readonly name: string;
  /** The name in its package.json, as `pnpm --filter` takes it. */
  readonly packageName: string;
  /** Relative to the repository root, with forward slashes (`services/orders`), as path filters read it. */
  readonly dir: string;
  readonly kind: ProjectKind;
  /** Names (folder names) of the workspace packages it depends on, transitively, sorted. */
  readonly dependsOn: readonly string[];
}

const groups = [
  ['services', 'service'],
  ['packages', 'package'],
] as const;

// Every field pnpm links a workspace package through: a devDependency (`@commerce/testing`) changes
// what a project's tests run as surely as a dependency does.
const dependencyFields = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;

type Manifest = { name: string } & Partial<Record<(typeof dependencyFields)[number], Record<string, string>>>;

interface Found {
  name: string;
  dir: string;
  kind: ProjectKind;
  manifest: Manifest;
}

const findProjects = (root: string): Found[] =>
  groups.flatMap(([group, kind]) =>
    existsSync(join(root, group))
      ? readdirSync(join(root, group), { withFileTypes: true })
          .filter((entry) => entry.isDirectory() && existsSync(join(root, group, entry.name, 'package.json')))
          .map((entry) => entry.name)
          .sort()
          .map((name) => ({
            name,
            dir: `${group}/${name}`,
            kind,
            manifest: JSON.parse(readFileSync(join(root, group, name, 'package.json'), 'utf8')) as Manifest,
          }))
      : [],
  );

/** Every service and package of the workspace at `root`, services first, each group sorted by name. */
export const readProjects = (root: string): Project[] => {
  const found = findProjects(root);
  // A project's folder name is its workflow's file name and its name on the command line.
  const names = found.map((project) => project.name);
  const clash = names.find((name, index) => names.indexOf(name) !== index);
  if (clash) throw new Error(`Two projects are named "${clash}": services and packages need distinct folder names.`);
  const byPackageName = new Map(found.map((project) => [project.manifest.name, project]));
  const direct = (project: Found): Found[] =>
    dependencyFields
      .flatMap((field) => Object.keys(project.manifest[field] ?? {}))
      .map((dependency) => byPackageName.get(dependency))
      .filter((dependency): dependency is Found => dependency !== undefined && dependency !== project);

  const transitive = (project: Found): string[] => {
    const seen = new Set<Found>();
    const visit = (next: Found) => {
      for (const dependency of direct(next)) {
        if (seen.has(dependency) || dependency === project) continue;
        seen.add(dependency);
        visit(dependency);
      }
    };
    visit(project);
    return [...seen].map((dependency) => dependency.name).sort();
  };

  return found.map((project) => ({
    name: project.name,
    packageName: project.manifest.name,
    dir: project.dir,
    kind: project.kind,
    dependsOn: transitive(project),
  }));
};

/** The project named by its folder (`orders`) or its package name (`@commerce/orders`). */
export const findProject = (projects: readonly Project[], name: string): Project | undefined =>
  projects.find((project) => project.name === name || project.packageName === name);

/** "services: a, b; packages: c, d", for messages that list what a name may be. */
export const describeNames = (projects: readonly Project[]): string =>
  groups
    .map(([group, kind]) => {
      const names = projects.filter((project) => project.kind === kind).map((project) => project.name);
      return `${group}: ${names.join(', ')}`;
    })
    .join('; ');
