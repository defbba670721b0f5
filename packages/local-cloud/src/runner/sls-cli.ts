import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { stopGroup, track } from './process-group.js';

/** The Serverless Framework CLI the workspace pins (osls), run with this Node. */
const slsScript = createRequire(import.meta.url).resolve('serverless/bin/serverless.js');

/** Keeps the last lines of a process's output, to show when it fails. */
export class OutputTail {
  private readonly lines: string[] = [];
  constructor(private readonly limit = 40) {}
  push(chunk: Buffer | string): void {
    this.lines.push(...String(chunk).split('\n').filter(Boolean));
    this.lines.splice(0, Math.max(0, this.lines.length - this.limit));
  }
  toString(): string {
    return this.lines.map((line) => `    ${line}`).join('\n');
  }
}

export interface SlsRun {
  cwd: string;
  args: readonly string[];
  env?: NodeJS.ProcessEnv;
  /** Stops the run (its whole process group) after this long: a failed esbuild step can leave `sls` waiting forever. */
  timeoutMs?: number;
}

/**
 * Starts `sls <args>` in its own process group, so stopping it also stops what it started
 * (esbuild's service, the handler workers), and tracks it, so nothing outlives the runner: a
 * detached group does not get the terminal's Ctrl-C.
 */
export const spawnSls = ({ cwd, args, env = process.env }: SlsRun): ChildProcess =>
  track(spawn(process.execPath, [slsScript, ...args], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] }));

/** Runs `sls <args>` to the end; rejects with the tail of its output when it fails. */
export const runSls = (run: SlsRun): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawnSls(run);
    const tail = new OutputTail();
    child.stdout?.on('data', (chunk: Buffer) => tail.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => tail.push(chunk));
    const timer =
      run.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            tail.push(`(stopped after ${run.timeoutMs} ms)`);
            void stopGroup(child);
          }, run.timeoutMs);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`sls ${run.args.join(' ')} failed in ${run.cwd} (exit ${code}):\n${tail}`));
    });
  });
