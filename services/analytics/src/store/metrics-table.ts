import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  TransactWriteCommand,
  UpdateCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { DependencyError } from '@commerce/shared-core';
import type { Increment, Maximum } from '../domain/metric-updates.js';
import type { MetricsStore } from '../domain/metrics-store.js';
import type { MetricItem } from '../domain/summary.js';

export interface MetricsTableOptions {
  /** Partition key `pk` (S); TTL attribute `expiresAt`. */
  tableName: string;
  /** How long an event id is remembered; above the longest a message can live in the queue and its DLQ. */
  seenTtlSeconds?: number;
  /** Made on first use otherwise, with the endpoint from AWS_ENDPOINT_URL_DYNAMODB / AWS_ENDPOINT_URL. */
  client?: DynamoDBDocumentClient;
  now?: () => Date;
  /** Attempts at a transaction that conflicts with another on the same counters (default 4). */
  maxAttempts?: number;
}

/** SQS keeps a message at most 14 days, counted from its first enqueue, even in the DLQ. */
export const DEFAULT_SEEN_TTL_SECONDS = 15 * 24 * 3600;

let sharedClient: DynamoDBDocumentClient | undefined;

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const updateOf = (tableName: string, { item, add, retainSeconds }: Increment, nowSeconds: number): TransactItem => {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const adds = Object.entries(add).map(([name, amount], i) => {
    names[`#a${i}`] = name;
    values[`:a${i}`] = amount;
    return `#a${i} :a${i}`;
  });
  let expression = `ADD ${adds.join(', ')}`;
  if (retainSeconds !== undefined) {
    names['#expiresAt'] = 'expiresAt';
    values[':expiresAt'] = nowSeconds + retainSeconds;
    expression += ' SET #expiresAt = :expiresAt';
  }
  return {
    Update: {
      TableName: tableName,
      Key: { pk: item },
      UpdateExpression: expression,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
};

const reasonsOf = (error: unknown): (string | undefined)[] | undefined =>
  error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []).map((r) => r.Code) : undefined;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The counters in one DynamoDB table. Each event is one TransactWriteItems: a `Put` of
 * `seen#<event id>` on condition that it does not exist, plus the `ADD`s the event causes. A
 * redelivery fails the condition, so the transaction changes nothing: counters never count an
 * event twice. The maximum latency is not an `ADD`; it is a conditional `SET` after the
 * transaction, on duplicates too, which is idempotent by itself.
 *
 * @example
 * const metrics = createMetricsTable({ tableName: config.METRICS_TABLE });
 */
export const createMetricsTable = (options: MetricsTableOptions): MetricsStore => {
  const { tableName, now = () => new Date(), maxAttempts = 4 } = options;
  const seenTtlSeconds = options.seenTtlSeconds ?? DEFAULT_SEEN_TTL_SECONDS;
  const client = () => options.client ?? (sharedClient ??= DynamoDBDocumentClient.from(new DynamoDBClient({})));

  const transact = async (eventId: string, increments: Increment[]): Promise<'recorded' | 'duplicate'> => {
    const nowSeconds = Math.floor(now().getTime() / 1000);
    const command = new TransactWriteCommand({
      TransactItems: [
        {
          Put: {
            TableName: tableName,
            Item: { pk: `seen#${eventId}`, expiresAt: nowSeconds + seenTtlSeconds },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        ...increments.map((increment) => updateOf(tableName, increment, nowSeconds)),
      ],
    });
    for (let attempt = 1; ; attempt += 1) {
      try {
        await client().send(command);
        return 'recorded';
      } catch (error) {
        const reasons = reasonsOf(error);
        if (reasons?.[0] === 'ConditionalCheckFailed') return 'duplicate';
        // Every event adds to the same totals item, so concurrent transactions conflict; the
        // loser changed nothing and may simply try again.
        // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis.html#transaction-conflict-handling
        if (!reasons?.includes('TransactionConflict')) throw error;
        if (attempt >= maxAttempts) {
          throw new DependencyError('The metrics kept conflicting with other transactions', { cause: error });
        }
        await pause(Math.random() * 25 * 2 ** attempt);
      }
    }
  };

  const raise = async ({ item, attribute, value }: Maximum) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await client().send(
          new UpdateCommand({
            TableName: tableName,
            Key: { pk: item },
            UpdateExpression: 'SET #max = :value',
            ConditionExpression: 'attribute_not_exists(#max) OR #max < :value',
            ExpressionAttributeNames: { '#max': attribute },
            ExpressionAttributeValues: { ':value': value },
          }),
        );
        return;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return; // A larger maximum is there already.
        // A single write conflicts with a transaction in flight on the same item, as `transact`'s do.
        if ((error as Error).name !== 'TransactionConflictException' || attempt >= maxAttempts) throw error;
        await pause(Math.random() * 25 * 2 ** attempt);
      }
    }
  };

  return {
    async record(eventId, { increments, maxima }) {
      const outcome = await transact(eventId, increments);
      // After the transaction, duplicates included: a crash between the two heals on redelivery.
      for (const maximum of maxima) await raise(maximum);
      return outcome;
    },

    async read(items) {
      const found = new Map<string, MetricItem>();
      let keys = items.map((pk) => ({ pk }));
      // BatchGetItem takes 100 keys per request and may leave some unprocessed under load.
      for (let round = 0; keys.length > 0; round += 1) {
        if (round >= 5) throw new DependencyError('DynamoDB kept some metrics unread');
        if (round > 0) await pause(20 * 2 ** round);
        const batch = keys.slice(0, 100);
        const { Responses, UnprocessedKeys } = await client().send(
          new BatchGetCommand({ RequestItems: { [tableName]: { Keys: batch, ConsistentRead: true } } }),
        );
        for (const item of Responses?.[tableName] ?? []) found.set(String(item['pk']), item);
        keys = [...((UnprocessedKeys?.[tableName]?.Keys as { pk: string }[] | undefined) ?? []), ...keys.slice(100)];
      }
      return found;
    },
  };
};
