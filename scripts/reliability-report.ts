/**
 * `pnpm reliability:report`: runs the reliability suites (faults, duplicates, load, fuzz, secrets,
 * headers) on the local cloud and writes docs/reliability-report.md from the figures they record.
 * Refuses to write a report when a suite failed or recorded nothing. `--from-artifacts` only
 * re-renders the last run's figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { missingSections, renderReport, type RecordedSection } from './reliability/render-report.js';

const root = join(import.meta.dirname, '..');
const figuresDir = join(root, 'artifacts', 'reliability');
const reportPath = join(root, 'docs', 'reliability-report.md');
const { values } = parseArgs({ options: { 'from-artifacts': { type: 'boolean', default: false } } });

if (!values['from-artifacts']) {
  // Last run's figures must not stand in for a suite that fails this time.
  rmSync(figuresDir, { recursive: true, force: true });
  const jest = spawnSync(
    process.execPath,
    [
      '--experimental-vm-modules',
      '--disable-warning=ExperimentalWarning',
      'node_modules/jest/bin/jest.js',
      '--selectProjects',
      'reliability',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (jest.status !== 0) {
    process.stderr.write('✖ a reliability suite failed: no report written\n');
    process.exit(jest.status ?? 1);
  }
}

const sections: RecordedSection[] = existsSync(figuresDir)
  ? readdirSync(figuresDir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => JSON.parse(readFileSync(join(figuresDir, file), 'utf8')) as RecordedSection)
  : [];
const missing = missingSections(sections);
if (missing.length > 0) {
  process.stderr.write(`✖ no figures from ${missing.join(', ')}: no report written\n`);
  process.exit(1);
}
writeFileSync(reportPath, renderReport(sections, 'pnpm reliability:report'));
spawnSync(process.execPath, [join(root, 'node_modules/prettier/bin/prettier.cjs'), '--write', reportPath], {
  stdio: 'ignore',
});
process.stdout.write(`✔ wrote ${reportPath}\n`);
