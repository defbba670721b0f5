import { DynamoDbError } from './dynamodb-errors.js';
import type { DynaliteCall } from './embedded-dynalite.js';
import type { TimeToLiveSettings, TtlTable } from './time-to-live-settings.js';
import type { Item, JsonObject } from './wire-types.js';
import type { WriteGate } from './write-gate.js';

/** AWS leaves alone items whose TTL is more than five years in the past (a likely unit mistake). */
const FIVE_YEARS_SECONDS = 5 * 365 * 24 * 60 * 60;

/**
 * The items TTL deletes, per https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/time-to-live-ttl-before-you-start.html:
 * the attribute is a top-level Number of epoch seconds, below now and no more than five years back.
 * DynamoDB compares values of one type only, so a String or a missing attribute never matches.
 */
const expiredCondition = (attributeName: string, nowSeconds: number) => ({
  expression: '#ttl < :now AND #ttl >= :oldest',
  names: { '#ttl': attributeName },
  values: { ':now': { N: String(nowSeconds) }, ':oldest': { N: String(nowSeconds - FIVE_YEARS_SECONDS) } },
});

/** The keys of every expired item of a table, page by page. */
const expiredKeys = async (call: DynaliteCall, { table, attributeName }: TtlTable, nowSeconds: number) => {
  const expired = expiredCondition(attributeName, nowSeconds);
  const keyNames = Object.fromEntries(table.KeySchema.map(({ AttributeName }, index) => [`#k${index}`, AttributeName]));
  const keys: Item[] = [];
  let startKey: Item | undefined;
  do {
    const page = await call<{ Items?: Item[]; LastEvaluatedKey?: Item }>('Scan', {
      TableName: table.TableName,
      FilterExpression: expired.expression,
      ProjectionExpression: Object.keys(keyNames).join(', '),
      ExpressionAttributeNames: { ...expired.names, ...keyNames },
      ExpressionAttributeValues: expired.values,
      ...(startKey ? { ExclusiveStartKey: startKey } : {}),
    });
    keys.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return keys;
};

/** Deletes an item if it is still expired: a plain write may have renewed it since the scan. */
const deleteIfExpired = async (call: DynaliteCall, tableName: string, key: Item, expired: JsonObject) => {
  try {
    await call('DeleteItem', { TableName: tableName, Key: key, ...expired });
    return 1;
  } catch (error) {
    if (error instanceof DynamoDbError && error.code === 'ConditionalCheckFailedException') return 0;
    throw error;
  }
};

export interface TtlSweepDependencies {
  readonly call: DynaliteCall;
  readonly gate: WriteGate;
  readonly settings: TimeToLiveSettings;
}

/**
 * Deletes every expired item of every table with TTL enabled, and answers how many. It holds the
 * gate shared, like any plain write, so it never lands inside a transaction; AWS deletes lazily,
 * within days, and locally the service calls this every `ttlSweepMs`.
 */
export const sweepExpiredItems = ({ call, gate, settings }: TtlSweepDependencies): Promise<number> =>
  gate.run('shared', async () => {
    const nowSeconds = Math.floor(Date.now() / 1000);
    let deleted = 0;
    for (const ttlTable of await settings.enabledTables()) {
      const { expression, names, values } = expiredCondition(ttlTable.attributeName, nowSeconds);
      const expired = {
        ConditionExpression: expression,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      };
      for (const key of await expiredKeys(call, ttlTable, nowSeconds)) {
        deleted += await deleteIfExpired(call, ttlTable.table.TableName, key, expired);
      }
    }
    return deleted;
  });
