import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DependencyError } from '@commerce/shared-core';

/**
 * The reason DynamoDB gives for each action of a cancelled transaction, in request order
 * (`None` for the actions that were fine), or undefined when the error is not a cancellation.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html
 */
export const cancellationCodesOf = (error: unknown): string[] | undefined =>
  error instanceof TransactionCanceledException
    ? (error.CancellationReasons ?? []).map(({ Code }) => Code ?? 'None')
    : undefined;

/** Another transaction touched one of our items at the same time; AWS asks the caller to retry. */
export const CONFLICT = 'TransactionConflict';
export const CONDITION_FAILED = 'ConditionalCheckFailed';

/** Anything else cancelling a transaction (throttling, capacity): a later retry may succeed. */
export const cancelledBy = (codes: readonly string[], cause: unknown): DependencyError =>
  new DependencyError(`DynamoDB cancelled the transaction: ${codes.join(', ')}`, { cause, details: { codes } });
