import { CommerceError } from '../errors/index.js';

/**
 * Another invocation holds a live lock on this key. Retryable: a receiver reports the record failed
 * and SQS redelivers it after the visibility timeout, by when the first run has finished.
 */
export class IdempotencyInProgressError extends CommerceError<{ key: string }> {
  override name = 'IdempotencyInProgressError';
  constructor(key: string) {
    super('IDEMPOTENCY_IN_PROGRESS', 'A request with this idempotency key is still being processed', {
      retryable: true,
      details: { key },
    });
  }
}

/** The key was first used with a different payload; replaying the old result would be wrong. */
export class IdempotencyKeyReusedError extends CommerceError<{ key: string }> {
  override name = 'IdempotencyKeyReusedError';
  constructor(key: string) {
    super('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was already used with a different request', {
      retryable: false,
      details: { key },
    });
  }
}
