import { createBackoff } from './backoff.js';
import { acceptsConnections, type FunctionEndpoint } from './function-endpoint.js';

/**
 * Resolves once the function's endpoint accepts connections, checking with a backoff of 250 ms
 * doubling to 5 s; rejects with an AbortError when `signal` aborts.
 *
 * Why the poller waits instead of receiving: in AWS the function always exists, so every receive
 * ends in an invocation. Locally a service's `sls offline` may be stopped or restarting; receiving
 * then would fail each invocation and count a receive on every message, and after
 * maxReceiveCount the redrive policy would move healthy messages to the dead-letter queue. So
 * nothing is received until the service is back, and its messages wait with their counts intact.
 *
 * @internal
 */
export const waitForFunction = async (
  endpoint: FunctionEndpoint,
  log: (line: string) => void,
  signal: AbortSignal,
): Promise<void> => {
  if (await acceptsConnections(endpoint)) return;
  const address = `${endpoint.host}:${endpoint.port}`;
  log(`nothing accepts connections at ${address}; not receiving until the function is back`);
  const backoff = createBackoff({ firstMs: 250, maxMs: 5_000 });
  do {
    await backoff.wait(signal);
  } while (!(await acceptsConnections(endpoint)));
  log(`${address} accepts connections again; receiving`);
};
