import type { LambdaClient } from '@aws-sdk/client-lambda';
import { SQSClient } from '@aws-sdk/client-sqs';
import { startEdge, type Edge } from '../../src/edge/edge-server.js';
import {
  startEventSourceMapping,
  type EventSourceMappingHandle,
  type EventSourceMappingOptions,
} from '../../src/lambda/event-source-mapping.js';
import { lambdaClientFor, startFakeLambda, type FakeLambda } from './fake-lambda.js';
import type { TestQueue } from './local-queues.js';

export const FUNCTION_NAME = 'orders-dev-receiver';

export interface Harness {
  readonly sqs: SQSClient;
  /** The stand-in `sls offline` of the current test, started fresh for each. */
  readonly fake: FakeLambda;
  /** What the mappings of the current test logged. */
  readonly logs: string[];
  /** Starts a mapping from `queue` to the current fake (or the port given), stopped after the test. */
  startMapping(
    queue: TestQueue,
    options?: Partial<EventSourceMappingOptions> & { port?: number },
  ): EventSourceMappingHandle;
}

/**
 * The real edge (SQS through local-aws-sqs) for the whole file, a fresh fake function per test,
 * and every mapping, client and server stopped after the test or the file that started it.
 */
export const useHarness = (): Harness => {
  let edge: Edge | undefined;
  const state: { sqs?: SQSClient; fake?: FakeLambda } = {};
  const logs: string[] = [];
  const cleanups: (() => Promise<void> | void)[] = [];

  beforeAll(async () => {
    edge = await startEdge({ port: 0 });
    state.sqs = new SQSClient({
      endpoint: edge.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
  });
  beforeEach(async () => {
    state.fake = await startFakeLambda();
    logs.length = 0;
  });
  afterEach(async () => {
    // Mappings first: they may still be delivering to the fake.
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    await state.fake?.stop();
  });
  afterAll(async () => {
    state.sqs?.destroy();
    await edge?.stop();
  });

  const defined = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is only there inside a test`);
    return value;
  };

  return {
    get sqs() {
      return defined(state.sqs, 'sqs');
    },
    get fake() {
      return defined(state.fake, 'fake');
    },
    logs,
    startMapping(queue, { port, ...options } = {}) {
      const lambda: LambdaClient = lambdaClientFor(port ?? defined(state.fake, 'fake').port);
      const mapping = startEventSourceMapping({
        queueArn: queue.queueArn,
        queueUrl: queue.queueUrl,
        functionName: FUNCTION_NAME,
        sqs: defined(state.sqs, 'sqs'),
        lambda,
        reportBatchItemFailures: false,
        region: 'us-east-1',
        log: (line) => logs.push(line),
        ...options,
      });
      cleanups.push(
        () => lambda.destroy(),
        () => mapping.stop(),
      );
      return mapping;
    },
  };
};
