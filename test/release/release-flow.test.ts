import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dependenciesOf, installConsumer, installWorkspace, type Consumer } from './consumer.js';
import { startLocalRegistry, type LocalRegistry } from './local-registry.js';
import { expectedVersion, pendingChangesets } from './pending-changesets.js';
import {
  addChangeset,
  copyReleaseWorkspace,
  PUBLISHED,
  publishPackages,
  versionOf,
  versionPackages,
} from './release-workspace.js';

/**
 * The release flow of docs/releasing.md, end to end on this machine: the pending changesets are
 * versioned in a copy of the workspace, shared-core and contracts are built and published to a
 * private registry (verdaccio, started here on loopback), then a next major is released next to
 * them, and two services installed from that registry each run on the major they asked for.
 * Nothing of the checkout changes, and nothing `@commerce` is asked of the public registry.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'commerce-release-'));
const copy = join(work, 'workspace');
const npmrc = join(work, 'publish.npmrc');
const cache = join(work, 'npm-cache');
const pending = pendingChangesets(root);
const current = Object.fromEntries(PUBLISHED.map((name) => [name, versionOf(root, name)]));

/** The breaking change the next major makes in the copy: a smaller default body bound. */
const BODY_BOUND = 'export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;';
const HALVED_BOUND = 'export const DEFAULT_MAX_BODY_BYTES = 32 * 1024;';

type Ranges = Record<string, string>;

interface Packument {
  'dist-tags': Record<string, string>;
  versions: Record<string, Partial<Record<'dependencies' | 'peerDependencies' | 'devDependencies', Ranges>>>;
}

let registry: LocalRegistry | undefined;
const released: Record<string, string> = {};

const registryUrl = (): string => {
  if (!registry) throw new Error('the registry did not start');
  return registry.url;
};

const packument = async (name: string): Promise<Packument> => {
  const response = await fetch(new URL(name.replace('/', '%2f'), registryUrl()));
  expect(response.status).toBe(200);
  return (await response.json()) as Packument;
};

const majorOf = (version: string): number => Number(version.split('.')[0]);

/**
 * The tests are the flow's steps, in order, each building on the last: after one fails, the
 * next ones stop at once instead of running minutes of installs against a half-released registry.
 */
let stepsDone = 0;
const afterStep = (step: number): void => {
  if (stepsDone < step) throw new Error(`step ${step} of the release flow did not complete: see its failure`);
};
const stepDone = (step: number): void => {
  stepsDone = step;
};

beforeAll(async () => {
  registry = await startLocalRegistry(join(work, 'registry'));
  copyReleaseWorkspace(root, copy);
}, 60_000);

afterAll(async () => {
  await registry?.stop();
  rmSync(work, { recursive: true, force: true });
}, 30_000);

describe('releasing shared-core and contracts', () => {
  test('pnpm version-packages turns the pending changesets into versions and changelog entries', async () => {
    afterStep(0);
    await versionPackages(root, copy);

    for (const name of PUBLISHED) {
      released[name] = versionOf(copy, name);
      expect(released[name]).toBe(expectedVersion(current[name] as string, `@commerce/${name}`, pending));
      const changelog = readFileSync(join(copy, 'packages', name, 'CHANGELOG.md'), 'utf8');
      for (const { bumps, summary } of pending.filter(({ bumps }) => `@commerce/${name}` in bumps)) {
        expect({ bumps, entry: changelog.includes(summary.split('\n')[0] as string) }).toEqual({ bumps, entry: true });
      }
    }
    expect(pendingChangesets(copy)).toEqual([]);
    stepDone(1);
  }, 30_000);

  test('both packages are built and published to the registry with semver ranges, never workspace ones', async () => {
    afterStep(1);
    await publishPackages(copy, registryUrl(), npmrc, cache);

    for (const name of PUBLISHED) {
      const published = await packument(`@commerce/${name}`);
      expect(published['dist-tags']['latest']).toBe(released[name]);
      const { dependencies, peerDependencies, devDependencies } = published.versions[released[name] as string] ?? {};
      const ranges = Object.values({ ...dependencies, ...peerDependencies, ...devDependencies });
      expect(ranges.filter((range) => range.startsWith('workspace:'))).toEqual([]);
    }
    stepDone(2);
  }, 180_000);

  test('a next major of shared-core is released beside it, and contracts follows it as its peer', async () => {
    afterStep(2);
    const next = `${majorOf(released['shared-core'] as string) + 1}.0.0`;
    const body = join(copy, 'packages', 'shared-core', 'src', 'http', 'body.ts');
    const source = readFileSync(body, 'utf8');
    if (!source.includes(BODY_BOUND)) throw new Error(`the release test's major halves "${BODY_BOUND}"; update both`);
    writeFileSync(body, source.replace(BODY_BOUND, HALVED_BOUND));
    addChangeset(
      copy,
      'shared-core-smaller-bodies',
      { '@commerce/shared-core': 'major' },
      'createRouter refuses bodies over 32 KiB unless `maxBodyBytes` says otherwise (it was 64 KiB).',
    );

    await versionPackages(root, copy);
    await publishPackages(copy, registryUrl(), npmrc, cache);

    const sharedCore = await packument('@commerce/shared-core');
    const contracts = await packument('@commerce/contracts');
    expect(Object.keys(sharedCore.versions)).toEqual([released['shared-core'], next]);
    const contractsNext = versionOf(copy, 'contracts');
    expect(majorOf(contractsNext)).toBe(majorOf(released['contracts'] as string) + 1);
    expect(contracts.versions[contractsNext]?.peerDependencies).toEqual({ '@commerce/shared-core': `^${next}` });
    expect(contracts.versions[released['contracts'] as string]?.peerDependencies).toEqual({
      '@commerce/shared-core': `^${released['shared-core']}`,
    });
    stepDone(3);
  }, 180_000);
});

describe('services installed from the registry', () => {
  const orders = join(root, 'services', 'orders', 'package.json');
  const consumers: Record<'staying' | 'moving', Consumer | undefined> = { staying: undefined, moving: undefined };

  /** orders' runtime dependencies, with shared-core and contracts on the given major. */
  const ordersOn = (sharedCoreMajor: number, contractsMajor: number) =>
    dependenciesOf(orders, {
      '@commerce/shared-core': `^${sharedCoreMajor}.0.0`,
      '@commerce/contracts': `^${contractsMajor}.0.0`,
    });

  test('a service that stays on the previous major installs it from the registry and runs on it', async () => {
    afterStep(3);
    const consumer = await installConsumer(
      join(work, 'orders-staying'),
      'orders-staying',
      ordersOn(majorOf(released['shared-core'] as string), majorOf(released['contracts'] as string)),
      registryUrl(),
      cache,
    );
    consumers.staying = consumer;

    for (const name of PUBLISHED) {
      expect(consumer.installed(`@commerce/${name}`)).toEqual({
        version: released[name],
        isLink: false,
        resolved: expect.stringMatching(new RegExp(`^${registryUrl()}`)) as unknown,
      });
    }
    const check = await consumer.check();
    expect(check).toMatchObject({
      sharedCore: { version: released['shared-core'] },
      contracts: { version: released['contracts'] },
      maxBodyBytes: 64 * 1024,
      status40KiB: 200,
      status1KiB: 200,
      event: { type: 'OrderPlaced', version: 1 },
    });
    expect(check.sharedCore.from).toContain(`${consumer.dir}/node_modules/@commerce/shared-core/`);
    stepDone(4);
  }, 180_000);

  test('a service that moved to the next major gets it, with its new behaviour, beside the one that stayed', async () => {
    afterStep(4);
    const next = { sharedCore: versionOf(copy, 'shared-core'), contracts: versionOf(copy, 'contracts') };
    const consumer = await installConsumer(
      join(work, 'orders-moving'),
      'orders-moving',
      ordersOn(majorOf(next.sharedCore), majorOf(next.contracts)),
      registryUrl(),
      cache,
    );
    consumers.moving = consumer;

    const fromRegistry = expect.stringMatching(new RegExp(`^${registryUrl()}`)) as unknown;
    expect(consumer.installed('@commerce/shared-core')).toEqual({
      version: next.sharedCore,
      isLink: false,
      resolved: fromRegistry,
    });
    expect(consumer.installed('@commerce/contracts')).toEqual({
      version: next.contracts,
      isLink: false,
      resolved: fromRegistry,
    });
    const check = await consumer.check();
    expect(check).toMatchObject({
      sharedCore: { version: next.sharedCore },
      contracts: { version: next.contracts },
      maxBodyBytes: 32 * 1024,
      status40KiB: 413,
      status1KiB: 200,
      event: { type: 'OrderPlaced', version: 1 },
    });
    expect(check.sharedCore.from).toContain(`${consumer.dir}/node_modules/@commerce/shared-core/`);
    // The service that stayed is untouched by the other's upgrade.
    expect(consumers.staying?.installed('@commerce/shared-core').version).toBe(released['shared-core']);
    stepDone(5);
  }, 180_000);

  test('in the monorepo, a service that pins the previous major gets it from the registry while the others link the workspace', async () => {
    afterStep(5);
    const next = versionOf(copy, 'shared-core');

    const workspace = await installWorkspace(
      join(work, 'monorepo'),
      join(root, 'pnpm-workspace.yaml'),
      next,
      { staying: `^${majorOf(released['shared-core'] as string)}.0.0`, moving: 'workspace:^' },
      registryUrl(),
    );

    expect(workspace.sharedCoreOf('staying')).toEqual({ version: released['shared-core'], linksWorkspace: false });
    expect(workspace.sharedCoreOf('moving')).toEqual({ version: next, linksWorkspace: true });
    stepDone(6);
  }, 180_000);
});
