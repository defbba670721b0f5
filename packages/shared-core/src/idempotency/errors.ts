import { CommerceError } from '../errors/index.js';

/**
 * Another run holds a live lock on this key. Retryable: a receiver reports the record failed and
 * SQS redelivers it after the visibility timeout, by when the first run has finished; a router
 * answers 409, and the client retries later.
 *
 * @example
 * if (error instanceof IdempotencyInProgressError) return { status: 409, headers: { 'retry-after': '5' } };
 */
export class IdempotencyInProgressError extends CommerceError<{ key: string }> {
  override name = 'IdempotencyInProgressError';
  constructor(key: string, options: ErrorOptions = {}) {
    super('IDEMPOTENCY_IN_PROGRESS', 'A request with this idempotency key is still being processed', {
      ...options,
      retryable: true,
      details: { key },
    });
  }
}

/**
 * The key was first used with a different fingerprint (payload): replaying the first result would
 * answer a request that was never made. Not retryable; a router answers 409.
 *
 * @example
 * await expect(runIdempotent(store, key, place, { fingerprint: fingerprintOf(otherBody) })).rejects.toThrow(IdempotencyKeyReusedError);
 */
export class IdempotencyKeyReusedError extends CommerceError<{ key: string }> {
  override name = 'IdempotencyKeyReusedError';
  constructor(key: string, options: ErrorOptions = {}) {
    super('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was already used with a different request', {
      ...options,
      retryable: false,
      details: { key },
    });
  }
}
