import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';

// Children run as a Lambda would see them: plain node (no tsx hooks), default log level, no inherited NODE_OPTIONS.
const childEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, AWS_LAMBDA_FUNCTION_NAME: 'bench' };
  delete env['LOG_LEVEL'];
  delete env['NODE_OPTIONS'];
  return env;
};

/**
 * Runs one probe in a fresh `node` and returns the JSON it wrote on fd 3. Its stdout, where the
 * fixtures log, goes to /dev/null ('ignore'). Its stderr is kept and, on failure, reported with
 * long lines cut: a stack trace from a minified bundle is one line of tens of kilobytes.
 */
export const runProbe = <T>(probe: string, args: readonly string[]): Promise<T> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [probe, ...args], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      env: childEnv(),
    });
    let output = '';
    let errors = '';
    (child.stdio[2] as Readable).setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    (child.stdio[3] as Readable).setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0 && output !== '') resolve(JSON.parse(output) as T);
      else {
        const shown = errors
          .split('\n')
          .map((line) => (line.length > 300 ? `${line.slice(0, 300)}…` : line))
          .join('\n');
        reject(new Error(`${probe} ${args.join(' ')} exited with ${signal ?? code}\n${shown}`));
      }
    });
  });
