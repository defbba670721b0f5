import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { resourceNameOf } from '../local-account.js';
import { createDeliveryChaos, type DeliveryChaos, type DuplicateTally } from './delivery-chaos.js';
import { functionEndpointOf } from './function-endpoint.js';
import { mappingSettings } from './mapping-settings.js';
import { runPoller } from './poller.js';

export interface EventSourceMappingOptions {
  /** The queue's ARN, as the event's `eventSourceARN`. */
  queueArn: string;
  queueUrl: string;
  /** The deployed name `sls offline` serves it under, like `orders-dev-receiver`. */
  functionName: string;
  sqs: SQSClient;
  /** A client whose endpoint is the service's `sls offline` lambdaPort URL. */
  lambda: LambdaClient;
  /** 1–10000, 10 by default; above 10 needs a batching window. */
  batchSize?: number;
  /** 0–300, 0 by default: how long to keep gathering after the first message. */
  maximumBatchingWindowInSeconds?: number;
  /** `FunctionResponseTypes: [ReportBatchItemFailures]`: the function may name the messages that failed. */
  reportBatchItemFailures: boolean;
  /** The event's `awsRegion`. */
  region: string;
  /** How many batches may be in flight at once; 1 by default, so a service sees one batch at a time. */
  concurrency?: number;
  /** Where failures are reported, one line each; stderr by default. Never given message bodies. */
  log?: (line: string) => void;
  /** Tests only: deliver every message more than once and out of order (see DeliveryChaos). */
  deliveryChaos?: DeliveryChaos;
  /** Where the duplicates injected by `deliveryChaos` are counted. */
  duplicates?: DuplicateTally;
}

export interface EventSourceMappingHandle {
  /** Ends waits at once, lets the poll under way (at most 2 s) and a batch in flight finish, and resolves when all have. */
  stop(): Promise<void>;
}

const toStderr = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/**
 * An SQS event source mapping for a function served by `sls offline`: it polls the queue and
 * invokes the function with batches of messages through the Lambda Invoke API, deleting what the
 * function processed and leaving the rest to return after their visibility timeout, as Lambda
 * does (https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html). Settings AWS would refuse
 * throw an EventSourceMappingError.
 *
 * @example
 * const mapping = startEventSourceMapping({
 *   queueArn: 'arn:aws:sqs:us-east-1:000000000000:orders-dev-queue',
 *   queueUrl,
 *   functionName: 'orders-dev-receiver',
 *   sqs: new SQSClient({ endpoint: edge.url, region: 'us-east-1', credentials: LOCAL_CREDENTIALS }),
 *   lambda: new LambdaClient({ endpoint: 'http://127.0.0.1:3102', region: 'us-east-1', credentials: LOCAL_CREDENTIALS }),
 *   reportBatchItemFailures: true,
 *   region: 'us-east-1',
 * });
 * await mapping.stop();
 */
export const startEventSourceMapping = (options: EventSourceMappingOptions): EventSourceMappingHandle => {
  const settings = mappingSettings(options);
  const endpoint = functionEndpointOf(options.lambda);
  const prefix = `${resourceNameOf(options.queueArn)} → ${options.functionName}`;
  const write = options.log ?? toStderr;
  const log = (line: string) => write(`${prefix}: ${line}`);
  const chaos =
    options.deliveryChaos &&
    createDeliveryChaos(options.deliveryChaos, { ...options, ...settings, log }, options.duplicates);
  const target = { ...options, log, ...(chaos && { chaos }) };
  const source = { ...options, ...settings };
  const controller = new AbortController();
  const pollers = Array.from({ length: settings.concurrency }, () =>
    runPoller(target, source, endpoint, controller.signal),
  );
  return {
    async stop() {
      controller.abort();
      await Promise.all(pollers);
    },
  };
};
