/** What a store answers when a run asks to start: go ahead (holding `lockToken`), or here is the earlier result. */
export type BeginOutcome<T> = { kind: 'started'; lockToken: string } | { kind: 'completed'; value: T };

/**
 * Where idempotency records live. `runIdempotent` drives it; a store only persists and arbitrates.
 * `begin` throws IdempotencyInProgressError while another run holds the key, and
 * IdempotencyKeyReusedError when the key was first used with another fingerprint.
 *
 * @example
 * const store: IdempotencyStore = createDynamoDbIdempotencyStore({ tableName: config.IDEMPOTENCY_TABLE });
 */
export interface IdempotencyStore {
  begin<T>(key: string, fingerprint?: string): Promise<BeginOutcome<T>>;
  /** Records the run's result; a no-op when the lock was lost to another run meanwhile. */
  complete(key: string, lockToken: string, value: unknown): Promise<void>;
  /** Releases the key after a failed run, if this run still holds it, so a retry runs again. */
  abandon(key: string, lockToken: string): Promise<void>;
}

export interface RunOptions {
  /**
   * What the key stands for, e.g. `fingerprintOf(body)` for an HTTP Idempotency-Key. A later call
   * with the same key and another fingerprint is refused with IdempotencyKeyReusedError.
   */
  fingerprint?: string;
}

export interface RunResult<T> {
  value: T;
  /** True when `fn` did not run because an earlier run with this key had completed. */
  replayed: boolean;
}

/**
 * Runs `fn` at most once to completion per key. A duplicate gets the first run's stored result
 * (`replayed: true`) without running `fn`; a call while another holds the key gets
 * IdempotencyInProgressError (retryable); a failed run leaves no record, so a retry runs again.
 *
 * The result is stored as JSON and a replay returns it parsed, so return plain JSON data (a Date
 * comes back as a string); `undefined` replays as `undefined`. If recording the result fails, that
 * error is thrown and the key stays locked until `lockSeconds` pass, as after a crash.
 *
 * @example
 * const { value, replayed } = await runIdempotent(store, `payments.charge#${event.id}`, () => charge(event.data));
 */
export async function runIdempotent<T>(
  store: IdempotencyStore,
  key: string,
  fn: () => T | PromiseLike<T>,
  options: RunOptions = {},
): Promise<RunResult<Awaited<T>>> {
  const outcome = await store.begin<Awaited<T>>(key, options.fingerprint);
  if (outcome.kind === 'completed') return { value: outcome.value, replayed: true };
  let value: Awaited<T>;
  try {
    value = await fn();
  } catch (error) {
    // The caller needs fn's error, not the store's: if the release fails too, the lock expires by itself.
    await store.abandon(key, outcome.lockToken).catch(() => undefined);
    throw error;
  }
  await store.complete(key, outcome.lockToken, value);
  return { value, replayed: false };
}
