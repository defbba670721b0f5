export { createDynamoDbIdempotencyStore, type DynamoDbIdempotencyOptions } from './dynamodb-store.js';
export { IdempotencyInProgressError, IdempotencyKeyReusedError } from './errors.js';
export { fingerprintOf } from './fingerprint.js';
export { runIdempotent, type BeginOutcome, type IdempotencyStore, type RunResult } from './store.js';
