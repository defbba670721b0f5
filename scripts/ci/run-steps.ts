/**
 * Runs pipeline steps one after another from the repository root, printing each step's command
 * and duration, and stops at the first that fails. In GitHub Actions each step's output is folded
 * into a group, so the log opens on the summary.
 */
import { spawn } from 'node:child_process';
import type { Step } from './steps.js';

export interface StepResult {
  readonly title: string;
  readonly status: 'passed' | 'failed' | 'skipped';
  readonly seconds: number;
  readonly exitCode?: number;
}

export interface RunOptions {
  readonly cwd: string;
  readonly write?: (text: string) => void;
  /** Fold each step's output (`::group::`), as GitHub Actions renders it. */
  readonly groups?: boolean;
}

export const formatSeconds = (seconds: number): string =>
  seconds < 60
    ? `${seconds.toFixed(1)}s`
    : `${Math.floor(seconds / 60)}m ${String(Math.round(seconds % 60)).padStart(2, '0')}s`;

const run = (command: readonly string[], cwd: string): Promise<number> =>
  new Promise((resolve) => {
    const [file = '', ...args] = command;
    const child = spawn(file, args, { cwd, stdio: 'inherit' });
    child.on('error', () => resolve(127));
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });

/** Runs `steps` in order; the results end at the first failure. */
export const runSteps = async (steps: readonly Step[], options: RunOptions): Promise<StepResult[]> => {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const results: StepResult[] = [];
  for (const [index, step] of steps.entries()) {
    const counter = `[${index + 1}/${steps.length}]`;
    if (!step.command) {
      write(`\n○ ${counter} ${step.title}: skipped, ${step.skipped ?? 'nothing to run'}\n`);
      results.push({ title: step.title, status: 'skipped', seconds: 0 });
      continue;
    }
    write(`\n${options.groups ? '::group::' : ''}▶ ${counter} ${step.title}: ${step.command.join(' ')}\n`);
    const started = performance.now();
    const exitCode = await run(step.command, options.cwd);
    const seconds = (performance.now() - started) / 1000;
    if (options.groups) write('::endgroup::\n');
    if (exitCode !== 0) {
      write(`✖ ${step.title} failed (exit ${exitCode}) after ${formatSeconds(seconds)}\n`);
      results.push({ title: step.title, status: 'failed', seconds, exitCode });
      return results;
    }
    write(`✔ ${step.title} (${formatSeconds(seconds)})\n`);
    results.push({ title: step.title, status: 'passed', seconds });
  }
  return results;
};

/** The closing table: every step that ran or was skipped, its duration, and the total. */
export const summarize = (results: readonly StepResult[]): string => {
  const mark = { passed: '✔', failed: '✖', skipped: '○' } as const;
  const width = Math.max(...results.map((result) => result.title.length), 5);
  const total = results.reduce((sum, result) => sum + result.seconds, 0);
  return [
    ...results.map(
      (result) =>
        `${mark[result.status]} ${result.title.padEnd(width)}  ${result.status === 'skipped' ? 'skipped' : formatSeconds(result.seconds)}`,
    ),
    `  ${'total'.padEnd(width)}  ${formatSeconds(total)}`,
  ].join('\n');
};
