import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ephemeralPort } from '@commerce/local-cloud/testing';

export interface LocalRegistry {
  /** `http://127.0.0.1:<port>/`, with the trailing slash npm writes in `.npmrc` keys. */
  url: string;
  /** Stops the registry and waits for its process to exit; safe to call twice. */
  stop: () => Promise<void>;
}

const require = createRequire(import.meta.url);

/** The verdaccio CLI, resolved from the root devDependency (pinned: 6.9 and later need Node 22). */
const verdaccioBin = (): string => join(require.resolve('verdaccio/package.json'), '..', 'bin', 'verdaccio');

/**
 * Only `@commerce/*` is served, from the storage folder alone: no uplink, so a name that exists on
 * the public registry can never be fetched from there instead. Anyone may publish; npm still wants
 * a credential to send, and verdaccio takes a token it does not know as the anonymous user.
 */
const configFor = (storage: string): string =>
  [
    `storage: ${JSON.stringify(storage)}`,
    'auth:',
    '  htpasswd:',
    `    file: ${JSON.stringify(join(storage, 'htpasswd'))}`,
    '    max_users: -1',
    'uplinks: {}',
    'packages:',
    "  '@commerce/*':",
    '    access: $all',
    '    publish: $anonymous',
    '    unpublish: $anonymous',
    'log: { type: stdout, format: json, level: warn }',
    '',
  ].join('\n');

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));

const stopProcess = async (child: ChildProcess): Promise<void> => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const killed = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited(child);
  clearTimeout(killed);
};

const isUp = async (url: string): Promise<boolean> => {
  try {
    const response = await fetch(new URL('-/ping', url), { signal: AbortSignal.timeout(1_000) });
    return response.ok;
  } catch {
    return false;
  }
};

/** Starts verdaccio on a port, resolving once it answers its ping, or rejecting with its output. */
const startOn = async (port: number, configFile: string, waitMs: number): Promise<LocalRegistry> => {
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(process.execPath, [verdaccioBin(), '--config', configFile, '--listen', `127.0.0.1:${port}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-4_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  // afterAll stops it; this is for a worker that exits without running afterAll (--forceExit).
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const registry: LocalRegistry = {
    url,
    stop: async () => {
      await stopProcess(child);
      process.off('exit', killOnExit);
    },
  };
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if (await isUp(url)) return registry;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await registry.stop();
  throw new Error(`verdaccio did not answer on ${url} (exit ${child.exitCode}):\n${output}`);
};

/**
 * A private npm registry for one test: verdaccio on 127.0.0.1, on a free port, storing in `dir`.
 * The caller stops it (afterAll). A port taken between choosing and binding it is tried again.
 */
export const startLocalRegistry = async (dir: string, waitMs = 30_000): Promise<LocalRegistry> => {
  const storage = join(dir, 'storage');
  mkdirSync(storage, { recursive: true });
  const configFile = join(dir, 'config.yaml');
  writeFileSync(configFile, configFor(storage));
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startOn(await ephemeralPort(), configFile, waitMs);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
};
