import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';

/**
 * Runs a conditional DynamoDB write and says whether its condition held: `false` when DynamoDB
 * refused it (ConditionalCheckFailedException), the error itself otherwise. A conditional write on
 * the business key (`attribute_not_exists(orderId)`, `#status = :pending`) is how a receiver stays
 * idempotent without an idempotency table: the second delivery's write is refused, and that is an
 * answer, not a failure.
 *
 * @example
 * const created = await whenConditionHolds(() =>
 *   client.send(new PutCommand({ TableName, Item, ConditionExpression: 'attribute_not_exists(orderId)' })),
 * );
 */
export const whenConditionHolds = async (write: () => Promise<unknown>): Promise<boolean> => {
  try {
    await write();
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
};
