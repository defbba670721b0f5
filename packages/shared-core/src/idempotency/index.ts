/**
 * `@commerce/shared-core/idempotency`: run a piece of work at most once to completion per key, with
 * records in DynamoDB.
 */
export { whenConditionHolds } from './conditional-write.js';
export { createDynamoDbIdempotencyStore, type DynamoDbIdempotencyOptions } from './dynamodb-store.js';
export { IdempotencyInProgressError, IdempotencyKeyReusedError } from './errors.js';
export { fingerprintOf } from './fingerprint.js';
export { runIdempotent, type BeginOutcome, type IdempotencyStore, type RunOptions, type RunResult } from './store.js';
