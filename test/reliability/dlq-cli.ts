import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Edge } from '@commerce/local-cloud/testing';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** `pnpm dlq show <name> --json`, the parts a test reads (services/platform/scripts/dlq/show.ts). */
export interface DeadLetterShown {
  messageId: string;
  receiveCount: number;
  diagnosis: {
    poison: boolean;
    reason: string;
    event?: { id: string; type: string; version: number; correlationId: string };
  };
}

/** `pnpm dlq depths --json`, one entry per dead-letter queue. */
export interface DeadLetterQueueShown {
  name: string;
  waiting: number;
  sources: string[];
}

/** `pnpm dlq redrive <name> --json`. */
export interface RedriveShown {
  queue: string;
  status: string;
  moved: number;
}

/**
 * Runs the operators' DLQ tool exactly as its README says, `pnpm dlq <command> [name] --local`,
 * against this system's local cloud (LOCAL_CLOUD_PORT), and reads its `--json` answer. A child
 * process that starts tsx: seconds on a loaded machine, so callers allow for it.
 */
export const dlqCli = async <T>(edge: Edge, ...args: string[]): Promise<T> => {
  const { stdout } = await promisify(execFile)('pnpm', ['--silent', 'dlq', ...args, '--local', '--json'], {
    cwd: root,
    env: { ...process.env, LOCAL_CLOUD_PORT: new URL(edge.url).port },
  });
  return JSON.parse(stdout) as T;
};
