import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/**
 * Calls `onLine` with each non-empty line of a stream, whole. A pipe hands over chunks, not lines:
 * a long log line can arrive in two, and a reader splitting each chunk on newlines would see two
 * fragments, neither of them the JSON record a test or an operator looks for.
 *
 * @example
 * eachLine(child.stdout, (line) => console.log(`[orders] ${line}`));
 */
export const eachLine = (stream: Readable, onLine: (line: string) => void): void => {
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
    if (line) onLine(line);
  });
};
