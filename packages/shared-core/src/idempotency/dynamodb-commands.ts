/**
 * @internal The four requests the DynamoDB store makes, one per step of a run. Expression names
 * alias `status` and `result`, which are DynamoDB reserved words
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html).
 */
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';

export interface Claim {
  key: string;
  lockToken: string;
  fingerprint: string | undefined;
  nowMs: number;
  lockExpiresAt: number;
  expiresAt: number;
}

/**
 * Puts an IN_PROGRESS record if the key is free: no record, a record past its TTL, or an
 * IN_PROGRESS record whose lock has expired (the same rule as `isClaimable`). On failure DynamoDB
 * returns the record that stood in the way, where the server supports it.
 */
export const claimCommand = (TableName: string, claim: Claim): PutCommand =>
  new PutCommand({
    TableName,
    Item: {
      id: claim.key,
      status: 'IN_PROGRESS',
      lockToken: claim.lockToken,
      lockExpiresAt: claim.lockExpiresAt,
      expiresAt: claim.expiresAt,
      ...(claim.fingerprint === undefined ? {} : { fingerprint: claim.fingerprint }),
    },
    ConditionExpression:
      'attribute_not_exists(id) OR expiresAt < :nowSeconds OR (#status = :inProgress AND lockExpiresAt < :nowMs)',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: {
      ':nowSeconds': Math.floor(claim.nowMs / 1000),
      ':nowMs': claim.nowMs,
      ':inProgress': 'IN_PROGRESS',
    },
    ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
  });

/** A strongly consistent read, so a record written a moment ago by another run is seen. */
export const readCommand = (TableName: string, key: string): GetCommand =>
  new GetCommand({ TableName, Key: { id: key }, ConsistentRead: true });

/** Marks the record COMPLETED with the result's JSON (none for undefined), if this run still holds the lock. */
export const completeCommand = (
  TableName: string,
  {
    key,
    lockToken,
    result,
    expiresAt,
  }: { key: string; lockToken: string; result: string | undefined; expiresAt: number },
): UpdateCommand => {
  // DynamoDB refuses expression names and values that the expressions do not use.
  const withResult = result !== undefined;
  return new UpdateCommand({
    TableName,
    Key: { id: key },
    UpdateExpression: `SET #status = :completed, expiresAt = :expiresAt${withResult ? ', #result = :result' : ''} REMOVE lockToken, lockExpiresAt`,
    ConditionExpression: 'lockToken = :lockToken',
    ExpressionAttributeNames: { '#status': 'status', ...(withResult ? { '#result': 'result' } : {}) },
    ExpressionAttributeValues: {
      ':completed': 'COMPLETED',
      ':expiresAt': expiresAt,
      ':lockToken': lockToken,
      ...(withResult ? { ':result': result } : {}),
    },
  });
};

/** Deletes the record, if this run still holds the lock. */
export const releaseCommand = (TableName: string, key: string, lockToken: string): DeleteCommand =>
  new DeleteCommand({
    TableName,
    Key: { id: key },
    ConditionExpression: 'lockToken = :lockToken',
    ExpressionAttributeValues: { ':lockToken': lockToken },
  });
