import { LambdaClient } from '@aws-sdk/client-lambda';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SqsEvent } from '../../src/lambda/sqs-event.js';

/**
 * What the stand-in answers: the function's result, an error thrown by it, or an Invoke API error
 * such as the 404 `sls offline` sends for a function it does not serve.
 */
export type FunctionAnswer = { result?: unknown } | { unhandledError: string } | { apiError: number };

export interface Invocation {
  readonly functionName: string;
  readonly invocationType: string | undefined;
  readonly event: SqsEvent;
}

/**
 * A stand-in for `sls offline`'s Lambda Invoke API (POST /2015-03-31/functions/<name>/invocations)
 * on 127.0.0.1. It records each invocation as it arrives and answers through `answer`, which a
 * test may swap between scenarios. An undefined result is an empty payload, as `sls offline`
 * sends for a handler that returns nothing.
 */
export interface FakeLambda {
  readonly port: number;
  readonly invocations: Invocation[];
  /** How many invocations have been answered, and how many are being handled right now. */
  readonly counts: { answered: number; inFlight: number; maxInFlight: number };
  answer: (event: SqsEvent) => FunctionAnswer | Promise<FunctionAnswer>;
  stop(): Promise<void>;
}

const bodyOf = async (request: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

const respond = (response: ServerResponse, answer: FunctionAnswer): void => {
  if ('apiError' in answer) {
    response.writeHead(answer.apiError, {
      'content-type': 'application/json',
      'x-amzn-errortype': 'ResourceNotFoundException',
    });
    response.end(JSON.stringify({ Message: 'Function not found', Type: 'User' }));
    return;
  }
  if ('unhandledError' in answer) {
    // What the Lambda API (and sls offline) answers for an error thrown by the handler.
    response.writeHead(200, { 'content-type': 'application/json', 'x-amz-function-error': 'Unhandled' });
    response.end(JSON.stringify({ errorType: 'Error', errorMessage: answer.unhandledError, trace: [] }));
    return;
  }
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(answer.result === undefined ? '' : JSON.stringify(answer.result));
};

export const startFakeLambda = async (port = 0): Promise<FakeLambda> => {
  const fake: Omit<FakeLambda, 'port' | 'stop'> = {
    invocations: [],
    counts: { answered: 0, inFlight: 0, maxInFlight: 0 },
    answer: () => ({}),
  };
  const server = createServer((request, response) => {
    const functionName = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/.exec(request.url ?? '')?.[1];
    if (request.method !== 'POST' || !functionName) return void response.writeHead(404).end();
    const { counts } = fake;
    counts.inFlight += 1;
    counts.maxInFlight = Math.max(counts.maxInFlight, counts.inFlight);
    void (async () => {
      const event = JSON.parse(await bodyOf(request)) as SqsEvent;
      const invocationType = request.headers['x-amz-invocation-type'] as string | undefined;
      fake.invocations.push({ functionName: decodeURIComponent(functionName), invocationType, event });
      const answer = await fake.answer(event);
      counts.inFlight -= 1;
      counts.answered += 1;
      respond(response, answer);
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return Object.assign(fake, {
    port: (server.address() as AddressInfo).port,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
};

/** A real Lambda client for the function served on 127.0.0.1:port, without retries. */
export const lambdaClientFor = (port: number): LambdaClient =>
  new LambdaClient({
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });

/** A port nothing listens on (it was free a moment ago), for a function that is down. */
export const freePort = async (): Promise<number> => {
  const probe = await startFakeLambda();
  await probe.stop();
  return probe.port;
};
