import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logging/index.js';

/** A real logger whose JSON lines are kept in memory, so tests can assert what operators would see. */
export const captureLogs = (service = 'test-service'): { log: Logger; lines: () => Array<Record<string, unknown>> } => {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  const log = createLogger({ service, level: 'debug', destination });
  return {
    log,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
};
