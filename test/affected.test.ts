import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { affectedProjects, defaultBase, parsePnpmList } from '../scripts/ci/affected.js';
import { touchesSharedInputs } from '../scripts/ci/inputs.js';
import { readProjects } from '../scripts/ci/workspace.js';

const root = join(import.meta.dirname, '..');
const projects = readProjects(root);
// Every service, a scaffolded one too (`pnpm new:service`): each depends on the testing package.
const services = projects.filter((project) => project.kind === 'service').map((project) => project.name);

describe('pnpm affected', () => {
  it('reads the projects out of pnpm ls, leaving out the workspace root', () => {
    const stdout = JSON.stringify([
      { name: 'commerce', path: root },
      { name: '@commerce/testing', path: join(root, 'packages', 'testing') },
      { name: '@commerce/orders', path: join(root, 'services', 'orders') },
    ]);

    expect(parsePnpmList(stdout, root, projects).map((project) => project.name)).toEqual(['orders', 'testing']);
    expect(parsePnpmList('[]\n', root, projects)).toEqual([]);
  });

  it.each([
    ['pnpm-lock.yaml', true],
    ['jest.config.ts', true],
    ['scripts/ci/steps.ts', true],
    ['scripts/lint/workspace-boundaries.mjs', true],
    ['services/orders/src/router.ts', false],
    ['README.md', false],
    ['scripts/affected.ts', false],
  ])('counts a change to %s as touching every pipeline: %s', (file, expected) => {
    expect(touchesSharedInputs([file])).toBe(expected);
  });

  describe('in a clone with two commits on top', () => {
    let clone = '';
    const git = (...args: string[]) =>
      execFileSync(
        'git',
        ['-c', 'user.name=ci', '-c', 'user.email=ci@example.com', '-c', 'commit.gpgsign=false', ...args],
        {
          cwd: clone,
          encoding: 'utf8',
        },
      ).trim();
    const affected = (ref: string) => affectedProjects(clone, ref, readProjects(clone)).map((project) => project.name);

    beforeAll(() => {
      clone = mkdtempSync(join(tmpdir(), 'commerce-affected-'));
      execFileSync('git', ['clone', '--quiet', root, clone]);
      // HEAD~1: a shared input changes; HEAD: only the testing package does.
      appendFileSync(join(clone, 'tsconfig.base.json'), '\n');
      git('commit', '--quiet', '-am', 'chore: shared input');
      appendFileSync(join(clone, 'packages', 'testing', 'src', 'index.ts'), '\n// changed\n');
      git('commit', '--quiet', '-am', 'feat(testing): a change');
    }, 60_000);

    afterAll(() => {
      if (clone) rmSync(clone, { recursive: true, force: true });
    });

    it('lists a changed package with every project that depends on it, and nothing else', () => {
      expect(affected('HEAD~1')).toEqual([...services, 'testing']);
    }, 30_000);

    it('lists every project once a shared input changed', () => {
      expect(affected('HEAD~2')).toEqual(projects.map((project) => project.name));
    }, 30_000);

    it('lists nothing when nothing changed', () => {
      expect(affected('HEAD')).toEqual([]);
    }, 30_000);

    it('compares with where the branch left main by default', () => {
      expect(defaultBase(clone)).toEqual({
        ref: git('merge-base', 'HEAD', 'origin/main'),
        description: expect.stringContaining('origin/main'),
      });
    });

    it('refuses a ref git does not know', () => {
      expect(() => affected('no-such-branch')).toThrow('"no-such-branch" is not a commit git knows here');
    });
  });
});
