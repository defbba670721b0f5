import { PublishError, type UnpublishedEvent } from './errors.js';

/** Both SNS PublishBatch and EventBridge PutEvents take at most 10 entries and 256 KiB per request. */
export const MAX_ENTRIES = 10;
export const MAX_REQUEST_BYTES = 256 * 1024;

/**
 * Groups entries into requests of at most MAX_ENTRIES and MAX_REQUEST_BYTES, keeping their order.
 * An entry that alone exceeds the limit can never be sent, so it is refused before any call.
 */
export const chunk = <T extends { id: string }>(entries: readonly T[], sizeOf: (entry: T) => number): T[][] => {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const entry of entries) {
    const size = sizeOf(entry);
    if (size > MAX_REQUEST_BYTES) {
      throw new PublishError(
        `Event is ${size} bytes, over the ${MAX_REQUEST_BYTES}-byte limit`,
        [{ id: entry.id, errorCode: 'EntryTooLarge' }],
        { retryable: false },
      );
    }
    if (current.length === MAX_ENTRIES || bytes + size > MAX_REQUEST_BYTES) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(entry);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
};

export interface AttemptResult {
  /** Entries that failed in a way a retry may fix. */
  retry: UnpublishedEvent[];
  /** Entries that can never succeed (the sender's fault). */
  permanent: UnpublishedEvent[];
}

export interface RetryOptions {
  maxAttempts: number;
  /** Delay before attempt `n` (2, 3, ...), in ms. */
  backoff: (attempt: number) => number;
}

/** Exponential backoff with full jitter (https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/). */
export const jitteredBackoff = (attempt: number): number => Math.random() * Math.min(2000, 50 * 2 ** attempt);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends `ids`, then re-sends only the entries the service reported as retryable failures, until all
 * are published or attempts run out; then throws PublishError naming every unpublished id.
 */
export async function sendWithRetries(
  ids: readonly string[],
  send: (ids: readonly string[]) => Promise<AttemptResult>,
  { maxAttempts, backoff }: RetryOptions,
): Promise<void> {
  let pending = ids;
  const permanent: UnpublishedEvent[] = [];
  for (let attempt = 1; ; attempt += 1) {
    let result: AttemptResult;
    try {
      result = await send(pending);
    } catch (error) {
      // The SDK has already retried throttling and network errors by itself.
      const failed = pending.map((id) => ({ id, errorCode: (error as Error).name ?? 'Error' }));
      throw new PublishError('Publish request failed', [...permanent, ...failed], { cause: error });
    }
    permanent.push(...result.permanent);
    if (result.retry.length === 0 || attempt >= maxAttempts) {
      const unpublished = [...permanent, ...result.retry];
      if (unpublished.length === 0) return;
      throw new PublishError(`${unpublished.length} event(s) not published after ${attempt} attempt(s)`, unpublished, {
        retryable: result.retry.length > 0,
      });
    }
    pending = result.retry.map((failure) => failure.id);
    await sleep(backoff(attempt + 1));
  }
}

/**
 * Publishes `entries` request by request (see chunk), each with retries of its failed entries only.
 * `send` receives the entries still pending in that request.
 */
export async function publishInChunks<T extends { id: string }>(
  entries: readonly T[],
  sizeOf: (entry: T) => number,
  send: (pending: readonly T[]) => Promise<AttemptResult>,
  retry: RetryOptions,
): Promise<void> {
  for (const request of chunk(entries, sizeOf)) {
    const byId = new Map(request.map((entry) => [entry.id, entry]));
    await sendWithRetries([...byId.keys()], (ids) => send(ids.map((id) => byId.get(id) as T)), retry);
  }
}
