import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const packageDir = join(import.meta.dirname, '../..');
// The peer at the exact version the workspace lockfile resolved, so the install is reproducible.
const lockedMiddy = (
  JSON.parse(readFileSync(join(packageDir, 'node_modules/@middy/core/package.json'), 'utf8')) as { version: string }
).version;

/**
 * Proves the package works the way a service outside this monorepo would get it: packed into a
 * tarball, installed with npm from that tarball into an empty folder (peers from the registry),
 * and imported through its public entry points only.
 */
describe('the packed @commerce/shared-core tarball', () => {
  let workDir: string;

  beforeAll(() => {
    if (!existsSync(join(packageDir, 'dist', 'index.js'))) {
      throw new Error('dist/ is missing: run `pnpm --filter @commerce/shared-core build` first (pnpm test does)');
    }
    workDir = mkdtempSync(join(tmpdir(), 'shared-core-pack-'));
  });

  afterAll(() => {
    rmSync(workDir, { recursive: true, force: true });
  });

  it('installs into an empty folder and serves a request through its public entry points', () => {
    // Packs the dist/ the test command built first; packing must not rebuild it under other suites' feet.
    execFileSync('pnpm', ['pack', '--pack-destination', workDir], { cwd: packageDir, stdio: 'pipe' });
    const tarball = readdirSync(workDir).find((name) => name.endsWith('.tgz'));
    expect(tarball).toMatch(/^commerce-shared-core-\d+\.\d+\.\d+\.tgz$/);

    const consumer = join(workDir, 'consumer');
    execFileSync('mkdir', ['-p', consumer]);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    execFileSync(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', `../${tarball}`, `@middy/core@${lockedMiddy}`],
      { cwd: consumer, stdio: 'pipe', timeout: 150_000 },
    );
    writeFileSync(
      join(consumer, 'smoke.mjs'),
      `
      import { createRouter, route } from '@commerce/shared-core/http';
      import { createReceiver } from '@commerce/shared-core/events';
      import { NotFoundError, loadConfig, text } from '@commerce/shared-core';
      const router = createRouter({ service: 'smoke', routes: [route('GET /things/{id}', {
        handler: ({ params }) => { throw new NotFoundError('no thing ' + params.id); } })] });
      const response = await router({ rawPath: '/things/7', headers: {}, requestContext: { http: { method: 'GET' } } }, {});
      const receiver = createReceiver({ service: 'smoke', name: 'r', accepts: [], handler: async () => {} });
      const batch = await receiver({ Records: [] }, {});
      console.log(JSON.stringify({ status: response.statusCode, code: JSON.parse(response.body).code, batch,
        config: loadConfig({ A: text({ default: 'a' }) }, {}) }));
      let internal = 'refused';
      try { await import('@commerce/shared-core/src/http/router.js'); internal = 'allowed'; } catch {}
      console.log(internal);
      `,
    );

    const [result, internal] = execFileSync('node', ['smoke.mjs'], { cwd: consumer, encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter((line) => !line.startsWith('{"level"'));

    expect(JSON.parse(result ?? '{}')).toEqual({
      status: 404,
      code: 'NOT_FOUND',
      batch: { batchItemFailures: [] },
      config: { A: 'a' },
    });
    expect(internal).toBe('refused');
  }, 180_000);
});
