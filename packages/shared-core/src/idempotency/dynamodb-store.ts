import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConfigError } from '../errors/index.js';
import { claimCommand, completeCommand, readCommand, releaseCommand } from './dynamodb-commands.js';
import { decodeRecord, isClaimable, type IdempotencyRecord } from './dynamodb-record.js';
import { IdempotencyInProgressError, IdempotencyKeyReusedError } from './errors.js';
import type { BeginOutcome, IdempotencyStore } from './store.js';

export interface DynamoDbIdempotencyOptions {
  tableName: string;
  /** Defaults to one document client per process with the SDK's default configuration. */
  client?: DynamoDBDocumentClient;
  /** How long a completed result is replayed (the record's TTL). Default 86 400 (24 hours). */
  ttlSeconds?: number;
  /** How long a run holds the key before another may take over. Set it above the function timeout. Default 60. */
  lockSeconds?: number;
  /** The clock, in epoch milliseconds. Default `Date.now`. */
  now?: () => number;
}

let sharedClient: DynamoDBDocumentClient | undefined;
// Made on first use. No endpoint in code: the SDK reads AWS_ENDPOINT_URL_DYNAMODB / AWS_ENDPOINT_URL itself.
const defaultClient = (): DynamoDBDocumentClient =>
  (sharedClient ??= DynamoDBDocumentClient.from(new DynamoDBClient({})));

// A claim that keeps losing to records that then vanish (their runs failed) gives up as "in progress".
const MAX_CLAIMS = 3;

const check = (ttlSeconds: number, lockSeconds: number): void => {
  const problems = [
    ...(lockSeconds > 0 ? [] : [`lockSeconds must be positive, got ${lockSeconds}`]),
    ...(ttlSeconds >= lockSeconds ? [] : [`ttlSeconds (${ttlSeconds}) must be at least lockSeconds (${lockSeconds})`]),
  ];
  if (problems.length > 0) throw new ConfigError(problems);
};

/** Our lock expired and another run took the key over: that run owns the record now. */
const ignoreLostLock = (error: unknown): void => {
  if (!(error instanceof ConditionalCheckFailedException)) throw error;
};

/**
 * Idempotency records in a DynamoDB table with partition key `id` (S) and TTL enabled on
 * `expiresAt` (epoch seconds); the package README shows the table and the IAM actions it needs
 * (PutItem, GetItem, UpdateItem, DeleteItem). A conditional put claims a key; its condition also
 * lets a run take over a lock whose holder died, or a record past its TTL that DynamoDB has not
 * deleted yet. A lost claim reads the record that won from the failed put
 * (ReturnValuesOnConditionCheckFailure) or, where the server does not return it (dynalite), with
 * a consistent GetItem.
 *
 * @example
 * const idempotency = createDynamoDbIdempotencyStore({ tableName: config.IDEMPOTENCY_TABLE, lockSeconds: 120 });
 * const { value } = await runIdempotent(idempotency, `orders#${key}`, () => place(body), { fingerprint: fingerprintOf(body) });
 */
export function createDynamoDbIdempotencyStore(options: DynamoDbIdempotencyOptions): IdempotencyStore {
  const { tableName, ttlSeconds = 86_400, lockSeconds = 60, now = Date.now } = options;
  check(ttlSeconds, lockSeconds);
  const client = () => options.client ?? defaultClient();
  const expiresAt = (nowMs: number) => Math.floor(nowMs / 1000) + ttlSeconds;

  /** Resolves undefined when the key is ours, else the record that holds it (when DynamoDB returned it). */
  const claim = async (key: string, fingerprint: string | undefined, lockToken: string) => {
    const nowMs = now();
    const lockExpiresAt = nowMs + lockSeconds * 1000;
    try {
      const command = claimCommand(tableName, {
        key,
        lockToken,
        fingerprint,
        nowMs,
        lockExpiresAt,
        expiresAt: expiresAt(nowMs),
      });
      await client().send(command);
      return { claimed: true } as const;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      return { claimed: false, holder: decodeRecord(error.Item) } as const;
    }
  };

  const read = async (key: string): Promise<IdempotencyRecord | undefined> =>
    decodeRecord((await client().send(readCommand(tableName, key))).Item);

  return {
    async begin<T>(key: string, fingerprint?: string): Promise<BeginOutcome<T>> {
      const lockToken = randomUUID();
      for (let attempt = 1; attempt <= MAX_CLAIMS; attempt += 1) {
        const outcome = await claim(key, fingerprint, lockToken);
        if (outcome.claimed) return { kind: 'started', lockToken };
        const holder = outcome.holder ?? (await read(key));
        // Gone, or expired, between our put and our read: claim again.
        if (!holder || isClaimable(holder, now())) continue;
        // A record written without a fingerprint cannot be compared, so it does not refuse one.
        if (fingerprint !== undefined && holder.fingerprint !== undefined && holder.fingerprint !== fingerprint) {
          throw new IdempotencyKeyReusedError(key);
        }
        if (holder.status === 'IN_PROGRESS') throw new IdempotencyInProgressError(key);
        return { kind: 'completed', value: (holder.result === undefined ? undefined : JSON.parse(holder.result)) as T };
      }
      throw new IdempotencyInProgressError(key);
    },

    async complete(key, lockToken, value) {
      const result = JSON.stringify(value) as string | undefined;
      const command = completeCommand(tableName, { key, lockToken, result, expiresAt: expiresAt(now()) });
      await client().send(command).catch(ignoreLostLock);
    },

    async abandon(key, lockToken) {
      await client()
        .send(releaseCommand(tableName, key, lockToken))
        .catch(ignoreLostLock);
    },
  };
}
