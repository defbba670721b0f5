import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { IdempotencyInProgressError, IdempotencyKeyReusedError } from './errors.js';
import type { BeginOutcome, IdempotencyStore } from './store.js';

export interface DynamoDbIdempotencyOptions {
  tableName: string;
  client?: DynamoDBDocumentClient;
  /** How long a completed result is replayed (the record's TTL). Default 24 hours. */
  ttlSeconds?: number;
  /** How long a run may hold the key before another may take over. Set above the function timeout. Default 60 s. */
  lockSeconds?: number;
  now?: () => number;
}

interface StoredRecord {
  id: string;
  status: 'IN_PROGRESS' | 'COMPLETED';
  lockToken?: string;
  lockExpiresAt?: number;
  expiresAt: number;
  fingerprint?: string;
  value?: unknown;
}

let sharedClient: DynamoDBDocumentClient | undefined;
/** One client per process, made on first use; the endpoint comes from AWS_ENDPOINT_URL_DYNAMODB if set. */
const defaultClient = () => (sharedClient ??= DynamoDBDocumentClient.from(new DynamoDBClient({})));

const ignoreLostLock = (error: unknown) => {
  // Our lock expired and another run took the key over: that run now owns the record.
  if (!(error instanceof ConditionalCheckFailedException)) throw error;
};

/**
 * Idempotency records in a DynamoDB table whose partition key is `id` (S), with TTL enabled on
 * `expiresAt` (epoch seconds). A conditional put claims the key; the condition also lets a run
 * take over a lock that expired (its owner crashed) or a record past its TTL (DynamoDB deletes
 * expired items lazily, up to days later).
 *
 * @example
 * const store = createDynamoDbIdempotencyStore({ tableName: config.IDEMPOTENCY_TABLE });
 */
export function createDynamoDbIdempotencyStore(options: DynamoDbIdempotencyOptions): IdempotencyStore {
  const { tableName: TableName, ttlSeconds = 86_400, lockSeconds = 60, now = Date.now } = options;
  const client = () => options.client ?? defaultClient();

  const claim = async (key: string, fingerprint: string | undefined, lockToken: string): Promise<boolean> => {
    const at = now();
    try {
      await client().send(
        new PutCommand({
          TableName,
          Item: {
            id: key,
            status: 'IN_PROGRESS',
            lockToken,
            lockExpiresAt: at + lockSeconds * 1000,
            expiresAt: Math.floor(at / 1000) + ttlSeconds,
            ...(fingerprint === undefined ? {} : { fingerprint }),
          },
          ConditionExpression:
            'attribute_not_exists(id) OR expiresAt < :nowSeconds OR (#status = :inProgress AND lockExpiresAt < :now)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':nowSeconds': Math.floor(at / 1000), ':now': at, ':inProgress': 'IN_PROGRESS' },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  };

  const read = async (key: string) =>
    (await client().send(new GetCommand({ TableName, Key: { id: key }, ConsistentRead: true }))).Item as
      StoredRecord | undefined;

  return {
    async begin<T>(key: string, fingerprint?: string): Promise<BeginOutcome<T>> {
      const lockToken = randomUUID();
      // Twice at most: the holder may delete its record (its run failed) between our put and get.
      for (let attempt = 0; attempt < 2; attempt += 1) {
        if (await claim(key, fingerprint, lockToken)) return { kind: 'started', lockToken };
        const existing = await read(key);
        if (!existing) continue;
        if (fingerprint !== undefined && existing.fingerprint !== fingerprint) throw new IdempotencyKeyReusedError(key);
        if (existing.status === 'COMPLETED') return { kind: 'completed', value: existing.value as T };
        throw new IdempotencyInProgressError(key);
      }
      throw new IdempotencyInProgressError(key);
    },

    async complete(key, lockToken, value) {
      await client()
        .send(
          new UpdateCommand({
            TableName,
            Key: { id: key },
            UpdateExpression:
              'SET #status = :completed, #value = :value, expiresAt = :expiresAt REMOVE lockToken, lockExpiresAt',
            ConditionExpression: 'lockToken = :lockToken',
            ExpressionAttributeNames: { '#status': 'status', '#value': 'value' },
            ExpressionAttributeValues: {
              ':completed': 'COMPLETED',
              ':value': value ?? null,
              ':expiresAt': Math.floor(now() / 1000) + ttlSeconds,
              ':lockToken': lockToken,
            },
          }),
        )
        .catch(ignoreLostLock);
    },

    async abandon(key, lockToken) {
      await client()
        .send(
          new DeleteCommand({
            TableName,
            Key: { id: key },
            ConditionExpression: 'lockToken = :lockToken',
            ExpressionAttributeValues: { ':lockToken': lockToken },
          }),
        )
        .catch(ignoreLostLock);
    },
  };
}
