import { cpSync, lstatSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './release-workspace.js';

export interface ServiceCheck {
  sharedCore: { version: string; from: string };
  contracts: { version: string; from: string };
  maxBodyBytes: number;
  status40KiB: number;
  status1KiB: number;
  event: { type: string; version: number; correlationId: string };
}

export interface Consumer {
  dir: string;
  /** What npm installed for a package: its package.json, whether it is a link, and its lockfile entry. */
  installed: (name: string) => { version: string; isLink: boolean; resolved: string | undefined };
  /** Runs service-check.mjs inside the consumer, with Node resolving from its node_modules only. */
  check: () => Promise<ServiceCheck>;
}

interface Manifest {
  name: string;
  dependencies: Record<string, string>;
}

/**
 * A service's runtime dependencies as its package.json states them, with `workspace:` ranges
 * replaced by the semver ranges given, as the service would declare them outside the monorepo.
 */
export const dependenciesOf = (serviceManifest: string, ranges: Record<string, string>): Record<string, string> => {
  const { dependencies } = JSON.parse(readFileSync(serviceManifest, 'utf8')) as Manifest;
  const declared = Object.entries(dependencies).map(([name, range]) => {
    const pinned = ranges[name];
    if (range.startsWith('workspace:') && pinned === undefined) throw new Error(`no range given for ${name}`);
    return [name, pinned ?? range] as const;
  });
  return Object.fromEntries(declared);
};

/**
 * `npm install` of a consumer project in `dir`: `@commerce/*` from the local registry (a scope
 * registry given on the command line, so no config file of the user's is changed), everything
 * else from the registry npm is configured with; the cache is the test's own folder.
 */
export const installConsumer = async (
  dir: string,
  name: string,
  dependencies: Record<string, string>,
  registryUrl: string,
  cache: string,
): Promise<Consumer> => {
  mkdirSync(dir, { recursive: true });
  const manifest = { name, version: '0.0.0', private: true, type: 'module', dependencies };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  cpSync(fileURLToPath(new URL('consumer/service-check.mjs', import.meta.url)), join(dir, 'service-check.mjs'));
  await run(
    'npm',
    [
      'install',
      `--@commerce:registry=${registryUrl}`,
      '--cache',
      cache,
      '--no-omit-lockfile-registry-resolved',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
    ],
    { cwd: dir, timeoutMs: 150_000 },
  );
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version: string; resolved?: string }>;
  };
  return {
    dir,
    installed: (pkg) => {
      const folder = join(dir, 'node_modules', pkg);
      const { version } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string };
      return {
        version,
        isLink: lstatSync(folder).isSymbolicLink(),
        resolved: lock.packages[`node_modules/${pkg}`]?.resolved,
      };
    },
    check: async () => {
      const stdout = await run(process.execPath, ['service-check.mjs'], {
        cwd: dir,
        env: { ...process.env, LOG_LEVEL: 'silent', NODE_PATH: '' },
      });
      return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as ServiceCheck;
    },
  };
};

export interface WorkspaceInstall {
  /** The shared-core a workspace service got: its version, and whether it links the workspace's copy. */
  sharedCoreOf: (service: string) => { version: string; linksWorkspace: boolean };
}

/**
 * A small pnpm workspace shaped like this one (its own pnpm-workspace.yaml settings, shared-core
 * in packages/ at `workspaceVersion`), with a service per entry of `services` declaring shared-core
 * by the range given. `pnpm install` takes `@commerce/*` from the local registry, and its store and
 * cache are the test's own folders.
 */
export const installWorkspace = async (
  dir: string,
  settings: string,
  workspaceVersion: string,
  services: Record<string, string>,
  registryUrl: string,
): Promise<WorkspaceInstall> => {
  const write = (path: string, manifest: object): void => {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  };
  cpSync(settings, join(dir, 'pnpm-workspace.yaml'));
  write('.', { name: 'workspace', private: true });
  // What pnpm matches ranges against: the workspace copy's name and version.
  write('packages/shared-core', { name: '@commerce/shared-core', version: workspaceVersion, type: 'module' });
  for (const [service, range] of Object.entries(services)) {
    write(`services/${service}`, {
      name: `@commerce/${service}`,
      private: true,
      dependencies: { '@commerce/shared-core': range },
    });
  }
  await run(
    'pnpm',
    [
      'install',
      `--@commerce:registry=${registryUrl}`,
      '--store-dir',
      join(dir, '.pnpm-store'),
      `--config.cache-dir=${join(dir, '.pnpm-cache')}`,
      '--reporter=silent',
    ],
    { cwd: dir, timeoutMs: 150_000 },
  );
  return {
    sharedCoreOf: (service) => {
      const installed = join(dir, 'services', service, 'node_modules', '@commerce', 'shared-core');
      const { version } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { version: string };
      return {
        version,
        linksWorkspace: realpathSync(installed) === realpathSync(join(dir, 'packages', 'shared-core')),
      };
    },
  };
};
