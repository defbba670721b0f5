/** What a store answers when a run asks to start. */
export type BeginOutcome<T> = { kind: 'started'; lockToken: string } | { kind: 'completed'; value: T };

/**
 * Where idempotency records live. `runIdempotent` drives it; a store only persists and arbitrates.
 * Throws IdempotencyInProgressError / IdempotencyKeyReusedError from `begin`.
 */
export interface IdempotencyStore {
  begin<T>(key: string, fingerprint?: string): Promise<BeginOutcome<T>>;
  complete(key: string, lockToken: string, value: unknown): Promise<void>;
  abandon(key: string, lockToken: string): Promise<void>;
}

export interface RunResult<T> {
  value: T;
  /** True when `fn` did not run because an earlier run with this key had completed. */
  replayed: boolean;
}

/**
 * Runs `fn` at most once per key to completion. A duplicate gets the first run's stored result
 * (`replayed: true`); a failed run leaves no record, so a retry runs again. The result must be
 * JSON-serialisable (undefined is stored as null).
 *
 * @example
 * const { value, replayed } = await runIdempotent(store, `inventory.reserve#${event.id}`, () => reserve(event.data));
 */
export async function runIdempotent<T>(
  store: IdempotencyStore,
  key: string,
  fn: () => Promise<T>,
  options: { fingerprint?: string } = {},
): Promise<RunResult<T>> {
  const outcome = await store.begin<T>(key, options.fingerprint);
  if (outcome.kind === 'completed') return { value: outcome.value, replayed: true };
  let value: T;
  try {
    value = await fn();
  } catch (error) {
    await store.abandon(key, outcome.lockToken);
    throw error;
  }
  await store.complete(key, outcome.lockToken, value);
  return { value, replayed: false };
}
