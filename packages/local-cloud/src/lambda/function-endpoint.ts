import type { LambdaClient } from '@aws-sdk/client-lambda';
import { connect } from 'node:net';
import { EventSourceMappingError } from './event-source-mapping-error.js';

/** Where a function's `sls offline` serves the Lambda Invoke API. */
export interface FunctionEndpoint {
  readonly host: string;
  readonly port: number;
}

/**
 * The host and port the Lambda client sends to, checked at once and resolved later (the SDK
 * resolves endpoints asynchronously). The local cloud only invokes functions served by
 * `sls offline`, so a client without an explicit endpoint is a mistake, refused here.
 *
 * @internal
 */
export const functionEndpointOf = (lambda: LambdaClient): Promise<FunctionEndpoint> => {
  const { endpoint, isCustomEndpoint } = lambda.config;
  if (!isCustomEndpoint || !endpoint) {
    throw new EventSourceMappingError('the Lambda client needs an endpoint: the lambdaPort URL of the service');
  }
  return endpoint().then(({ hostname, port, protocol }) => ({
    host: hostname,
    port: port ?? (protocol === 'https:' ? 443 : 80),
  }));
};

/**
 * Whether something accepts TCP connections at the endpoint right now. A connection is enough:
 * it proves `sls offline` listens, which is all the poller needs to know before it receives.
 *
 * @internal
 */
export const acceptsConnections = ({ host, port }: FunctionEndpoint, timeoutMs = 500): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect({ host, port });
    const settle = (accepting: boolean) => {
      socket.destroy();
      resolve(accepting);
    };
    socket.setTimeout(timeoutMs, () => settle(false));
    socket.once('connect', () => settle(true));
    socket.once('error', () => settle(false));
  });
