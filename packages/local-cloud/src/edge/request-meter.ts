import type { IncomingMessage } from 'node:http';
import { readBody } from './read-body.js';

/**
 * SNS, SQS and EventBridge bill each 64 KB chunk of a request's payload as one request
 * (https://aws.amazon.com/sns/pricing/, https://aws.amazon.com/sqs/pricing/,
 * https://aws.amazon.com/eventbridge/pricing/). The whole HTTP body is counted, a little more
 * than the payload, so chunks are never under-counted.
 */
export const BILLING_CHUNK_BYTES = 64 * 1024;

/** What the edge served for one service, action and caller. */
export interface MeteredRequests {
  /** The SigV4 signing name: `sqs`, `sns`, `events`, `dynamodb`. */
  readonly service: string;
  /** The API action, e.g. `PublishBatch`, `ReceiveMessage`, `TransactWriteItems`. */
  readonly action: string;
  /** Who called: `client` (a service, a test), or the local cloud's own SDK clients by app id (`sns`, `events`, `lambda`). */
  readonly caller: string;
  readonly requests: number;
  /** 64 KB chunks over every request's body. */
  readonly chunks: number;
  /** Entries in batch calls (PublishBatch, PutEvents, transactions) where the meter reads the body; else one per request. */
  readonly entries: number;
  readonly maxBodyBytes: number;
}

// Only these engines read their bodies through readBody (which keeps the text for them); SQS
// (local-aws-sqs) and dynalite read the stream themselves, so the meter never touches theirs.
const readsBodyOf = (service: string, action: string | undefined): boolean =>
  service === 'sns' ||
  service === 'events' ||
  (service === 'dynamodb' && (action === 'TransactWriteItems' || action === 'TransactGetItems'));

/** JSON protocols name the action in `x-amz-target` (`AmazonSQS.SendMessage`); awsQuery (SNS) in the body. */
const targetActionOf = (request: IncomingMessage): string | undefined => {
  const target = request.headers['x-amz-target'];
  return typeof target === 'string' ? target.slice(target.lastIndexOf('.') + 1) : undefined;
};

/** SDK v3 clients given a `userAgentAppId` send `app/<id>` in their user agent. */
const callerOf = (request: IncomingMessage): string => {
  const agent = `${request.headers['x-amz-user-agent'] ?? ''} ${request.headers['user-agent'] ?? ''}`;
  return /app\/local-cloud-([\w-]+)/.exec(agent)?.[1] ?? 'client';
};

const entriesOfJson = (body: string): number => {
  try {
    const parsed = JSON.parse(body) as { Entries?: unknown[]; TransactItems?: unknown[] };
    return (parsed.Entries ?? parsed.TransactItems ?? [undefined]).length;
  } catch {
    return 1;
  }
};

const describeBody = (service: string, body: string): { action?: string; entries: number } => {
  if (service !== 'sns') return { entries: entriesOfJson(body) };
  const params = new URLSearchParams(body);
  const batchIds = [...params.keys()].filter((key) => /^PublishBatchRequestEntries\.member\.\d+\.Id$/.test(key));
  return { action: params.get('Action') ?? undefined, entries: Math.max(1, batchIds.length) };
};

/**
 * Counts what the edge serves, per service, action and caller, so tests and the cost model read
 * API calls and billable requests from the place every SDK client goes through.
 *
 * @example
 * const edge = await startEdge({ port: 0 });
 * edge.meter.reset();
 * // ... publish ...
 * edge.meter.count('sns', 'PublishBatch'); // requests
 */
export class RequestMeter {
  readonly #rows = new Map<string, MeteredRequests>();

  /** Records one request; resolves once its body (where read) has been looked at. */
  async observe(service: string, request: IncomingMessage): Promise<void> {
    const targetAction = targetActionOf(request);
    const described = readsBodyOf(service, targetAction)
      ? describeBody(service, await readBody(request))
      : { entries: 1 };
    const action = targetAction ?? described.action ?? 'Unknown';
    const bytes = Number(request.headers['content-length'] ?? 0);
    const caller = callerOf(request);
    const key = `${service} ${action} ${caller}`;
    const row = this.#rows.get(key);
    this.#rows.set(key, {
      service,
      action,
      caller,
      requests: (row?.requests ?? 0) + 1,
      chunks: (row?.chunks ?? 0) + Math.max(1, Math.ceil(bytes / BILLING_CHUNK_BYTES)),
      entries: (row?.entries ?? 0) + described.entries,
      maxBodyBytes: Math.max(row?.maxBodyBytes ?? 0, bytes),
    });
  }

  /** Requests of one action, over every caller unless one is named. */
  count(service: string, action: string, caller?: string): number {
    return this.rows()
      .filter(
        (row) => row.service === service && row.action === action && (caller === undefined || row.caller === caller),
      )
      .reduce((sum, row) => sum + row.requests, 0);
  }

  rows(): MeteredRequests[] {
    return [...this.#rows.values()];
  }

  reset(): void {
    this.#rows.clear();
  }
}
