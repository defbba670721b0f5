import { createBackoff } from './backoff.js';
import type { FunctionEndpoint } from './function-endpoint.js';
import { processBatch, type MappingTarget } from './process-batch.js';
import { receiveBatch, type BatchSource } from './receive-batch.js';
import { waitForFunction } from './wait-for-function.js';

const describe = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/**
 * One poller: waits for the function, gathers a batch, delivers it, and again, one batch at a
 * time, until `signal` aborts. An abort ends a wait for the function at once, and lets the poll
 * under way (at most two seconds) and a batch in hand finish, so stopping never strands received
 * messages. It never rejects: failures to reach
 * SQS (the queue not created yet, the edge restarting) are logged and retried with backoff.
 *
 * @internal
 */
export const runPoller = async (
  target: MappingTarget,
  source: BatchSource,
  functionEndpoint: Promise<FunctionEndpoint>,
  signal: AbortSignal,
): Promise<void> => {
  const backoff = createBackoff();
  while (!signal.aborted) {
    try {
      await waitForFunction(await functionEndpoint, target.log, signal);
      const messages = await receiveBatch(source, signal);
      if (messages.length > 0) await processBatch(target, messages);
      backoff.reset();
    } catch (error) {
      if (signal.aborted) return;
      target.log(`polling failed (${describe(error)}); retrying`);
      await backoff.wait(signal).catch(() => undefined);
    }
  }
};
