import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import {
  catalogServices,
  CONSUMED_EVENT,
  SERVICES_FILE,
  withConsumer,
  withService,
} from '../scripts/new-service/catalog.js';
import { MAX_NAME_LENGTH, nameProblem } from '../scripts/new-service/name.js';
import { PLACEHOLDER } from '../scripts/new-service/render.js';

const root = join(import.meta.dirname, '..');
const run = promisify(execFile);
const MINUTE = 60_000;

/**
 * Runs `command` in `cwd` without the test runner's or AWS's variables (nothing here needs an
 * account), bounded by `timeout`; a failure carries the command's whole output.
 */
const sh = async (cwd: string, command: string[], timeout: number, extraEnv: NodeJS.ProcessEnv = {}) => {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !key.startsWith('AWS_') && key !== 'JEST_WORKER_ID' && key !== 'NODE_ENV',
    ),
  );
  const [file = '', ...args] = command;
  try {
    return await run(file, args, { cwd, timeout, maxBuffer: 64 * 1024 * 1024, env: { ...env, ...extraEnv } });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`, { cause: error });
  }
};

describe('the names pnpm new:service accepts', () => {
  const workspace = { root, catalogServices: catalogServices(readFileSync(join(root, SERVICES_FILE), 'utf8')) };

  it.each([
    ['Loyalty', /not a lower-case kebab name/],
    ['gift_cards', /not a lower-case kebab name/],
    ['gift--cards', /not a lower-case kebab name/],
    ['2fa', /not a lower-case kebab name/],
    ['x'.repeat(MAX_NAME_LENGTH + 1), /at most 32/],
    ['auth', /reserved: \/commerce\/<stage>\/auth\//],
    ['orders', /taken: services\/orders exists/],
    ['contracts', /taken: packages\/contracts exists/],
    ['reusable-ci', /taken: .github\/workflows\/reusable-ci.yml exists/],
  ])('refuses %s', (name, problem) => {
    expect(nameProblem(name, workspace)).toMatch(problem);
  });

  it('refuses a service the catalog lists without a folder', () => {
    expect(nameProblem('loyalty', { ...workspace, catalogServices: ['loyalty'] })).toMatch(
      /already a service in the catalog/,
    );
  });

  it('takes a new lower-case kebab name', () => {
    expect(nameProblem('gift-cards', workspace)).toBeUndefined();
  });

  it(
    'exits 2 with the reason before writing anything',
    async () => {
      const refused = sh(root, [process.execPath, '--import', 'tsx', 'scripts/new-service.ts', 'Gift_Cards'], MINUTE);

      await expect(refused).rejects.toThrow(
        /"Gift_Cards" is not a lower-case kebab name[\s\S]*Usage: pnpm new:service/,
      );
      expect(existsSync(join(root, 'services', 'Gift_Cards'))).toBe(false);
    },
    MINUTE,
  );
});

describe("the scaffold's edits to the catalog", () => {
  const servicesText = readFileSync(join(root, SERVICES_FILE), 'utf8');
  const eventText = readFileSync(join(root, CONSUMED_EVENT.file), 'utf8');

  it('appends the service to SERVICES, keeping the others in order', () => {
    expect(catalogServices(withService(servicesText, 'gift-cards'))).toEqual([
      ...catalogServices(servicesText),
      'gift-cards',
    ]);
  });

  it("adds the service to the consumed event's consumers, with its purpose quoted safely", () => {
    const edited = withConsumer(eventText, 'gift-cards', `credit the "gift" cards an order's lines bought`);

    expect(edited).toContain(
      `{ service: 'gift-cards', purpose: "credit the \\"gift\\" cards an order's lines bought" }`,
    );
    expect(edited.replace(/\{ service: 'gift-cards'[^}]*\},?/, '')).not.toContain('gift-cards');
  });

  it('fails naming the file when the catalog no longer has the shape it edits', () => {
    expect(() => withConsumer('export const orderConfirmedV1 = 1;', 'gift-cards', 'x')).toThrow(
      `${CONSUMED_EVENT.file}: no \`consumers\` array in \`orderConfirmedV1\``,
    );
  });
});

/**
 * The whole promise of the scaffold: in a copy of this working tree, with its own install from the
 * pnpm store, `pnpm new:service` makes a service that passes its tests, `sls package` and the
 * policy checks at once, with no hand edits. About 3 minutes on 2 cores; the copy is always removed.
 */
describe('a service made by pnpm new:service', () => {
  const name = 'scaffold-probe';
  let copy = '';
  const inCopy = (command: string[], timeout = 3 * MINUTE) =>
    // The same pnpm store as this checkout, so the copy's install links what this one has. The new
    // package's dependency ranges are resolved from pnpm's metadata cache, or from the registry when
    // the cache lacks them (a CI machine after a frozen install), to the versions already locked.
    sh(copy, command, timeout, { npm_config_store_dir: storeDir });
  /** Passes when `command` exits 0 in the copy; fails with its output otherwise. */
  const assertPasses = async (command: string[], timeout?: number) => void (await inCopy(command, timeout));
  let storeDir = '';

  beforeAll(async () => {
    storeDir = execFileSync('pnpm', ['store', 'path'], { cwd: root, encoding: 'utf8' }).trim();
    copy = mkdtempSync(join(tmpdir(), 'commerce-new-service-'));
    // The files git tracks and the new ones it does not ignore, as they are on disk: what is being
    // tested is this working tree, uncommitted changes included; no node_modules, dist or .serverless.
    const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
    })
      .split('\0')
      .filter((file) => file && existsSync(join(root, file)));
    for (const file of files) {
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      cpSync(join(root, file), join(copy, file));
    }
    await inCopy(['pnpm', 'install', '--frozen-lockfile', '--prefer-offline']);
    await inCopy(['pnpm', 'build']);
    await inCopy(['pnpm', 'new:service', name]);
  }, 6 * MINUTE);

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('lays the service out like every other, with its pipeline, catalog entry and lockfile importer', () => {
    const service = join(copy, 'services', name);

    const written = readdirSync(service, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.parentPath.includes('node_modules'))
      .map((entry) => relative(service, join(entry.parentPath, entry.name)));

    expect(written).toEqual(
      expect.arrayContaining([
        'serverless.yml',
        'package.json',
        'tsconfig.json',
        'README.md',
        'src/router.ts',
        'src/config.ts',
        'src/receivers/record-order.ts',
        'test/router.test.ts',
      ]),
    );
    // Every placeholder replaced, the README's title too (Markdown would have read `__service__` as bold).
    expect(written.filter((file) => readFileSync(join(service, file), 'utf8').includes(PLACEHOLDER))).toEqual([]);
    expect(readFileSync(join(service, 'README.md'), 'utf8')).toMatch(new RegExp(`^# ${name}\n`));
    expect(readFileSync(join(copy, '.github/workflows', `${name}.yml`), 'utf8')).toContain(`project: ${name}`);
    expect(readFileSync(join(copy, SERVICES_FILE), 'utf8')).toContain(`'${name}'`);
    expect(readFileSync(join(copy, 'packages/contracts/CATALOG.md'), 'utf8')).toContain(
      `${name} (record the confirmed orders`,
    );
    // The lockfile gains the package's importer and nothing else: no dependency version that was not already locked.
    const lockfile = readFileSync(join(copy, 'pnpm-lock.yaml'), 'utf8');
    const lockedPackages = (text: string) => text.slice(text.indexOf('\npackages:'));
    expect(lockfile).toContain(`services/${name}:`);
    expect(lockedPackages(lockfile)).toBe(lockedPackages(readFileSync(join(root, 'pnpm-lock.yaml'), 'utf8')));
  });

  it(
    'refuses to make it again over itself',
    async () => {
      await expect(inCopy(['pnpm', 'new:service', name], MINUTE)).rejects.toThrow(`taken: services/${name} exists`);
    },
    MINUTE,
  );

  it(
    'passes its own tests',
    async () => {
      const { stderr } = await inCopy(['pnpm', '--filter', `@commerce/${name}`, 'test']);

      expect(stderr).toMatch(/Tests: +\d+ passed, \d+ total/);
    },
    3 * MINUTE,
  );

  it(
    'packages for the local stage without AWS credentials',
    async () => {
      await inCopy(['pnpm', '--filter', `@commerce/${name}`, 'run', 'package', '--stage', 'local']);

      const template = join(copy, 'services', name, '.serverless', 'cloudformation-template-update-stack.json');
      expect(JSON.parse(readFileSync(template, 'utf8'))).toMatchObject({
        Resources: { RecordOrderQueue: { Type: 'AWS::SQS::Queue' }, RecordOrderDeadLetterAlarm: expect.anything() },
      });
    },
    3 * MINUTE,
  );

  it(
    'passes the infrastructure policy and routing checks, dev and prod',
    async () => {
      const { stdout } = await inCopy(['pnpm', 'check:infra', name]);

      expect(stdout).toMatch(/\d+ checks passed on 2 stacks/);
    },
    3 * MINUTE,
  );

  it(
    'leaves the generated files fresh and every bundle within budget',
    async () => {
      await assertPasses(['pnpm', 'check:generated']);
      await assertPasses(['pnpm', 'check:bundles']);
    },
    3 * MINUTE,
  );

  it(
    'passes lint, the workflow policy and formatting',
    async () => {
      await assertPasses(['pnpm', 'lint']);
      await assertPasses(['pnpm', 'lint:workflows']);
      // What the scaffold wrote or edited; the rest of the tree is as it was.
      await assertPasses([
        'pnpm',
        'exec',
        'prettier',
        '--check',
        `services/${name}`,
        'packages/contracts',
        `.github/workflows/${name}.yml`,
      ]);
    },
    3 * MINUTE,
  );

  it(
    'type-checks, with every package that reads the catalog’s service names',
    async () => {
      // ServiceName (SERVICES) is read by contracts and infra-checks only; the full `pnpm typecheck`
      // of every package takes minutes and would check nothing else the scaffold changed.
      await assertPasses([
        'pnpm',
        ...['--filter', `@commerce/${name}`, '--filter', '@commerce/contracts', '--filter', '@commerce/infra-checks'],
        'typecheck',
      ]);
    },
    3 * MINUTE,
  );
});
