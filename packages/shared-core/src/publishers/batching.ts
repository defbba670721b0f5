/**
 * @internal The machinery both publishers share: checking events, packing them into requests by
 * count and bytes, and re-sending only the entries a response reports failed.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { ValidationIssue } from '../errors/index.js';
import type { EventEnvelope } from '../events/index.js';
import { PublishError, UnpublishableEventError, type UnpublishedEvent } from './errors.js';
import type { Backoff } from './publisher.js';

// SNS PublishBatch and EventBridge PutEvents both take at most 10 entries and 256 KiB per request:
// https://docs.aws.amazon.com/sns/latest/api/API_PublishBatch.html
// https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html
// An SNS topic may raise MaximumMessageSize to 1 MiB; we keep to the default every topic accepts.
/** The most entries one PublishBatch or PutEvents request may carry. */
export const MAX_ENTRIES = 10;
/** The most bytes one request (and so one event) may carry, counted the way each service counts. */
export const MAX_REQUEST_BYTES = 256 * 1024;

/** One event ready to go: its envelope, the transport's request entry, and that entry's size. */
export interface Entry<R> {
  readonly event: EventEnvelope;
  readonly request: R;
  readonly bytes: number;
}

/** An entry that a response reported as not accepted. */
export interface EntryFailure<R> {
  entry: Entry<R>;
  errorCode: string;
  errorMessage?: string | undefined;
  retryable: boolean;
}

/** What a publisher supplies: how to shape, size and send its entries. */
export interface Transport<R> {
  /** Where the events go (topic ARN, bus name), named in errors. */
  readonly destination: string;
  toRequest(event: EventEnvelope): R;
  /** The entry's size as the service counts it against MAX_REQUEST_BYTES. */
  sizeOf(request: R): number;
  /** Why this transport can never send the event, if it cannot. */
  problemOf?(event: EventEnvelope): string | undefined;
  /** Makes one call. Resolves with the entries its response reports failed; rejects if the call fails. */
  send(entries: readonly Entry<R>[]): Promise<readonly EntryFailure<R>[]>;
}

export interface RetryPolicy {
  maxAttempts: number;
  backoff: Backoff;
}

const BASE_DELAY_MS = 100;
const MAX_DELAY_MS = 2_000;

/** Exponential backoff with full jitter, which spreads out the retries of many concurrent functions
 * (https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/). */
export const fullJitterBackoff: Backoff = (attempt) =>
  Math.random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 2));

/**
 * Builds every entry and refuses, before any call, events that no attempt could send. An event
 * repeated in one call is sent once (SNS refuses a batch whose ids repeat); two different events
 * with one id are a bug that dropping either would hide, so they are refused.
 */
function prepare<R>(events: readonly EventEnvelope[], transport: Transport<R>): Entry<R>[] {
  const issues: ValidationIssue[] = [];
  const byId = new Map<string, EventEnvelope>();
  const entries: Entry<R>[] = [];
  for (const [index, event] of events.entries()) {
    const earlier = byId.get(event.id);
    if (earlier !== undefined && (earlier === event || JSON.stringify(earlier) === JSON.stringify(event))) continue;
    const request = transport.toRequest(event);
    const bytes = transport.sizeOf(request);
    const problem =
      earlier !== undefined
        ? `two different events have the id ${event.id}`
        : bytes > MAX_REQUEST_BYTES
          ? `event ${event.id} is ${bytes} bytes, over the ${MAX_REQUEST_BYTES}-byte limit of one entry`
          : transport.problemOf?.(event);
    if (problem) issues.push({ path: `/${index}`, message: problem });
    byId.set(event.id, event);
    entries.push({ event, request, bytes });
  }
  if (issues.length > 0) throw new UnpublishableEventError(issues);
  return entries;
}

/** Packs entries in order into requests of at most MAX_ENTRIES and MAX_REQUEST_BYTES. */
function chunk<R>(entries: readonly Entry<R>[]): Entry<R>[][] {
  const requests: Entry<R>[][] = [];
  let current: Entry<R>[] = [];
  let bytes = 0;
  for (const entry of entries) {
    if (current.length === MAX_ENTRIES || bytes + entry.bytes > MAX_REQUEST_BYTES) {
      requests.push(current);
      current = [];
      bytes = 0;
    }
    current.push(entry);
    bytes += entry.bytes;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

const unpublishedOf = <R>({ entry, errorCode, errorMessage, retryable }: EntryFailure<R>): UnpublishedEvent => ({
  id: entry.event.id,
  errorCode,
  ...(errorMessage === undefined ? {} : { errorMessage }),
  retryable,
});

interface Outcome {
  unpublished: UnpublishedEvent[];
  /** Set when a call itself failed; its error becomes the PublishError's cause. */
  thrown?: { error: unknown };
}

/** Sends one request, then re-sends only its retryable failures until none are left or attempts run out. */
async function sendWithRetries<R>(
  request: readonly Entry<R>[],
  transport: Transport<R>,
  policy: RetryPolicy,
): Promise<Outcome> {
  const outcome: Outcome = { unpublished: [] };
  let pending = request;
  for (let attempt = 1; pending.length > 0; attempt += 1) {
    if (attempt > 1) await sleep(policy.backoff(attempt));
    let failures: readonly EntryFailure<R>[];
    try {
      failures = await transport.send(pending);
    } catch (error) {
      // The SDK has already retried the call (throttling, network errors); more here would only
      // multiply its delays. Whatever is still pending goes back to the caller.
      const errorCode = error instanceof Error ? error.name : 'Error';
      const errorMessage = error instanceof Error ? error.message : String(error);
      // A client fault (missing topic or bus, denied access, invalid parameter) will fail again;
      // server faults and throttling may pass later.
      const retryable = (error as { $fault?: string }).$fault !== 'client' || /Throttl/i.test(errorCode);
      outcome.unpublished.push(...pending.map(({ event }) => ({ id: event.id, errorCode, errorMessage, retryable })));
      return { ...outcome, thrown: { error } };
    }
    const retry = failures.filter((failure) => failure.retryable && attempt < policy.maxAttempts);
    outcome.unpublished.push(...failures.filter((failure) => !retry.includes(failure)).map(unpublishedOf));
    pending = retry.map((failure) => failure.entry);
  }
  return outcome;
}

/**
 * Sends the events request by request, in order. Entry failures of one request do not stop the
 * next; a failed call does, because the next calls would most likely meet the same outage, each
 * after the SDK's own retries, and the function has a deadline. Throws one PublishError at the end.
 */
export async function deliver<R>(
  events: readonly EventEnvelope[],
  transport: Transport<R>,
  policy: RetryPolicy,
): Promise<void> {
  const requests = chunk(prepare(events, transport));
  const unpublished: UnpublishedEvent[] = [];
  for (const [index, request] of requests.entries()) {
    const outcome = await sendWithRetries(request, transport, policy);
    unpublished.push(...outcome.unpublished);
    if (outcome.thrown) {
      const rest = requests.slice(index + 1).flat();
      unpublished.push(...rest.map(({ event }) => ({ id: event.id, errorCode: 'NotAttempted', retryable: true })));
      throw new PublishError(transport.destination, unpublished, { cause: outcome.thrown.error });
    }
  }
  if (unpublished.length > 0) throw new PublishError(transport.destination, unpublished);
}
