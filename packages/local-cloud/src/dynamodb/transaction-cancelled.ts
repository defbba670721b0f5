import { DynamoDbError } from './dynamodb-errors.js';
import type { Item } from './wire-types.js';

/** One entry of CancellationReasons, in the order of the request's TransactItems. */
export interface CancellationReason {
  readonly Code: string;
  readonly Message?: string;
  readonly Item?: Item;
}

/** The reason for an action that caused nothing: AWS lists it as `None` so positions still line up. */
export const NO_REASON: CancellationReason = { Code: 'None' };

/** A failed condition, with the item as it was when ReturnValuesOnConditionCheckFailure is ALL_OLD. */
export const conditionFailed = (item: Item | undefined): CancellationReason => ({
  Code: 'ConditionalCheckFailed',
  Message: 'The conditional request failed',
  ...(item ? { Item: item } : {}),
});

/** What dynalite refused while applying an action (a type mismatch in ADD, an item too large...). */
export const validationFailed = (message: string): CancellationReason => ({
  Code: 'ValidationError',
  Message: message,
});

/**
 * AWS's TransactionCanceledException: the message lists every reason's code in order, and the
 * shape carries `Message` as well as the reasons (the SDK exposes both on the error).
 * See https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html
 */
export const transactionCanceled = (reasons: readonly CancellationReason[]): DynamoDbError => {
  const message = `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons
    .map(({ Code }) => Code)
    .join(', ')}]`;
  return new DynamoDbError('TransactionCanceledException', message, {
    members: { Message: message, CancellationReasons: reasons },
  });
};
