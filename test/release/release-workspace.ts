import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

/** The packages this workspace publishes; everything else in it is private. */
export const PUBLISHED = ['shared-core', 'contracts'] as const;

export type Bump = 'major' | 'minor' | 'patch';

export interface Command {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/**
 * Runs a command to completion and resolves to its stdout; a failure rejects with the command and
 * the tail of its output, so a test says what broke without printing every line of a success.
 */
export const run = async (file: string, args: readonly string[], { cwd, env, timeoutMs = 120_000 }: Command) => {
  try {
    const { stdout } = await promisify(execFile)(file, args, {
      cwd,
      env: env ?? process.env,
      timeout: timeoutMs,
      maxBuffer: 32 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    const tail = `${stdout}\n${stderr}`.trim().slice(-3_000);
    throw new Error(`${basename(file)} ${args.join(' ')} failed in ${cwd}:\n${tail}`, { cause: error });
  }
};

const manifestsOf = (root: string, group: string): string[] =>
  existsSync(join(root, group))
    ? readdirSync(join(root, group), { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join(root, group, entry.name, 'package.json')))
        .map((entry) => join(group, entry.name, 'package.json'))
    : [];

/**
 * A package's node_modules in the copy: links to the checkout's installed dependencies, except
 * that a published sibling resolves to its copy, so contracts builds against the shared-core
 * being released, as it would in a fresh install of the released workspace.
 */
const linkDependencies = (root: string, copy: string, name: string): void => {
  const installed = join(root, 'packages', name, 'node_modules');
  const target = join(copy, 'packages', name, 'node_modules');
  mkdirSync(join(target, '@commerce'), { recursive: true });
  for (const entry of readdirSync(installed)) {
    if (entry !== '@commerce') symlinkSync(join(installed, entry), join(target, entry));
  }
  const scope = join(installed, '@commerce');
  for (const sibling of existsSync(scope) ? readdirSync(scope) : []) {
    const released = (PUBLISHED as readonly string[]).includes(sibling);
    symlinkSync(released ? join(copy, 'packages', sibling) : join(scope, sibling), join(target, '@commerce', sibling));
  }
};

/**
 * A release copy of the workspace in `copy`: the root's manifests and changesets, every
 * workspace package's package.json (so `changeset version` sees the same dependency graph and
 * pending changesets as on main) and the published packages whole, without their builds. Tools
 * come from the checkout's installed node_modules; nothing is installed from a registry.
 */
export const copyReleaseWorkspace = (root: string, copy: string): void => {
  for (const file of ['package.json', 'pnpm-workspace.yaml', 'tsconfig.base.json']) {
    cpSync(join(root, file), join(copy, file));
  }
  cpSync(join(root, '.changeset'), join(copy, '.changeset'), { recursive: true });
  for (const manifest of [...manifestsOf(root, 'packages'), ...manifestsOf(root, 'services')]) {
    cpSync(join(root, manifest), join(copy, manifest));
  }
  for (const name of PUBLISHED) {
    cpSync(join(root, 'packages', name), join(copy, 'packages', name), {
      recursive: true,
      filter: (source) => !['node_modules', 'dist'].includes(basename(source)),
    });
    linkDependencies(root, copy, name);
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
};

/** Writes a changeset as `pnpm changeset` would: the packages, their bumps, and the summary. */
export const addChangeset = (copy: string, id: string, bumps: Record<string, Bump>, summary: string): void => {
  const front = Object.entries(bumps).map(([name, bump]) => `'${name}': ${bump}`);
  writeFileSync(join(copy, '.changeset', `${id}.md`), ['---', ...front, '---', '', summary, ''].join('\n'));
};

/** `pnpm version-packages` in the copy: the root script, run with the checkout's changesets CLI. */
export const versionPackages = async (root: string, copy: string): Promise<void> => {
  const script = (JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
    .scripts['version-packages'];
  if (script !== 'changeset version') throw new Error(`version-packages runs "${script}", not changeset version`);
  await run(process.execPath, [join(root, 'node_modules', '@changesets', 'cli', 'bin.js'), 'version'], { cwd: copy });
};

export const versionOf = (copy: string, name: (typeof PUBLISHED)[number]): string =>
  (JSON.parse(readFileSync(join(copy, 'packages', name, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * `pnpm -r publish` of the published packages to the local registry: each is built by its
 * `prepublishOnly`, packed with its `workspace:` ranges rewritten to the versions released, and
 * published in dependency order; a version the registry already has is skipped. `npmrc` is the
 * only npm config it reads, so the user's own login and registry are never used.
 */
export const publishPackages = async (copy: string, registryUrl: string, npmrc: string, cache: string) => {
  const host = registryUrl.replace(/^https?:/, '');
  writeFileSync(npmrc, `${host}:_authToken=anonymous\n`);
  const filters = PUBLISHED.flatMap((name) => ['--filter', `@commerce/${name}`]);
  return run('pnpm', ['-r', ...filters, 'publish', '--registry', registryUrl, '--no-git-checks'], {
    cwd: copy,
    env: { ...process.env, npm_config_userconfig: npmrc, npm_config_cache: cache },
    timeoutMs: 150_000,
  });
};
