import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from 'jest';

/**
 * One Jest project per workspace package and service, so `--selectProjects <package name>` runs
 * one team's tests alone and the root run covers everything.
 * Sources are ESM TypeScript (middy 6 ships ESM only), so Jest runs in native ESM mode
 * (`--experimental-vm-modules`) with ts-jest transpiling only; `tsc --noEmit` does the type checking.
 */
const workspaceDirs = ['packages', 'services'].flatMap((group) =>
  existsSync(join(__dirname, group))
    ? readdirSync(join(__dirname, group), { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join(__dirname, group, entry.name, 'test')))
        .map((entry) => join(__dirname, group, entry.name))
    : [],
);

const projectFor = (dir: string, name: string, tsconfig: string): Config => {
  return {
    displayName: name,
    rootDir: dir,
    testEnvironment: 'node',
    setupFiles: [join(__dirname, 'jest.setup.mjs')],
    testMatch: ['<rootDir>/test/**/*.test.ts'],
    extensionsToTreatAsEsm: ['.ts'],
    // Sources import siblings as `./x.js` (NodeNext); map those back to the .ts file.
    moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
    transform: {
      '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig }],
    },
  };
};

const packageName = (dir: string): string =>
  (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string }).name;

const config: Config = {
  projects: [
    ...workspaceDirs.map((dir) => projectFor(dir, packageName(dir), join(dir, 'tsconfig.json'))),
    // Repository-wide guarantees (import boundaries, the README's commands) live in ./test.
    {
      ...projectFor(__dirname, 'workspace', join(__dirname, 'test', 'tsconfig.json')),
      testMatch: ['<rootDir>/test/*.test.ts'],
    },
    // The saga across services, on the whole local system (`pnpm dev`'s runner, started by the test).
    {
      ...projectFor(__dirname, 'e2e', join(__dirname, 'test', 'tsconfig.json')),
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
    },
    // Faults, duplicates, load and bad input on the whole local system (issue #7); each suite records
    // its figures for `pnpm reliability:report`.
    {
      ...projectFor(__dirname, 'reliability', join(__dirname, 'test', 'tsconfig.json')),
      testMatch: ['<rootDir>/test/reliability/**/*.test.ts'],
    },
    // The release flow (docs/releasing.md): version, publish to a local registry, install services from it.
    {
      ...projectFor(__dirname, 'release', join(__dirname, 'test', 'tsconfig.json')),
      testMatch: ['<rootDir>/test/release/**/*.test.ts'],
    },
  ],
};

export default config;
