import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** The README's fenced command under a bold heading such as "**Run every test**". */
const commandUnder = (heading: string): string | undefined =>
  new RegExp(`\\*\\*${heading}\\*\\*\\s*\`\`\`sh\\n([^\\n]+)\\n\`\`\``).exec(read('README.md'))?.[1];

describe('the set-up the README promises', () => {
  it('is what CI runs: .ci/run ends with the README test command verbatim', () => {
    const testCommand = commandUnder('Run every test');

    expect(testCommand).toBeDefined();
    expect(read('.ci/run').trimEnd().split('\n').at(-1)).toBe(testCommand);
  });

  it('runs the system with a script package.json defines', () => {
    const { scripts } = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    const script = /&& pnpm (\S+)$/.exec(commandUnder('Run the system') ?? '')?.[1];

    expect(script).toBe('dev');
    expect(scripts['dev']).toContain('packages/local-cloud/src/runner/cli.ts');
  });

  it('pins the same pnpm version everywhere it is named', () => {
    const { packageManager } = JSON.parse(read('package.json')) as { packageManager: string };
    const pinned = packageManager.replace('pnpm@', '');

    for (const command of [commandUnder('Run every test'), commandUnder('Run the system')]) {
      expect(command).toContain(`pnpm@${pinned}`);
    }
  });
});
