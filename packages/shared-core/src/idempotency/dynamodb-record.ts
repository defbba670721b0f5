/**
 * @internal The item one key keeps in the idempotency table:
 *
 * | attribute       | type | meaning                                                          |
 * | --------------- | ---- | ---------------------------------------------------------------- |
 * | `id`            | S    | the key (partition key)                                          |
 * | `status`        | S    | `IN_PROGRESS` or `COMPLETED`                                     |
 * | `expiresAt`     | N    | epoch seconds after which the record is void (the TTL attribute) |
 * | `lockToken`     | S    | the running attempt's token, while IN_PROGRESS                   |
 * | `lockExpiresAt` | N    | epoch milliseconds after which another run may take over         |
 * | `fingerprint`   | S    | what the key stood for, when the caller gave one                 |
 * | `result`        | S    | the JSON of the run's result, once COMPLETED (absent: undefined) |
 */
export interface IdempotencyRecord {
  id: string;
  status: 'IN_PROGRESS' | 'COMPLETED';
  expiresAt: number;
  lockToken?: string;
  lockExpiresAt?: number;
  fingerprint?: string;
  result?: string;
}

// A record may arrive as a plain object (GetCommand, unmarshalled by lib-dynamodb) or as raw
// attribute values: lib-dynamodb does not unmarshall the Item on a ConditionalCheckFailedException
// (https://github.com/aws/aws-sdk-js-v3/issues/6723). Our attributes are only S and N, so read both.
const readAttribute = (item: Record<string, unknown>, name: string): unknown => {
  const value = item[name];
  if (value !== null && typeof value === 'object') {
    const raw = value as { S?: unknown; N?: unknown };
    if (typeof raw.S === 'string') return raw.S;
    if (typeof raw.N === 'string') return Number(raw.N);
  }
  return value;
};

const text = (item: Record<string, unknown>, name: string): string | undefined => {
  const value = readAttribute(item, name);
  return typeof value === 'string' ? value : undefined;
};

const number = (item: Record<string, unknown>, name: string): number | undefined => {
  const value = readAttribute(item, name);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
};

/** Reads an item of the table in either shape; undefined when it is not one of our records. */
export const decodeRecord = (item: Record<string, unknown> | undefined): IdempotencyRecord | undefined => {
  if (!item) return undefined;
  const id = text(item, 'id');
  const status = text(item, 'status');
  if (id === undefined || (status !== 'IN_PROGRESS' && status !== 'COMPLETED')) return undefined;
  return {
    id,
    status,
    expiresAt: number(item, 'expiresAt') ?? 0,
    lockToken: text(item, 'lockToken'),
    lockExpiresAt: number(item, 'lockExpiresAt'),
    fingerprint: text(item, 'fingerprint'),
    result: text(item, 'result'),
  };
};

/**
 * Whether a new run may claim the key over this record: its TTL has passed (DynamoDB deletes
 * expired items lazily, up to a few days late:
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/howitworks-ttl.html), or it is
 * IN_PROGRESS and its lock has expired. The same rule as the ConditionExpression of `claimCommand`.
 */
export const isClaimable = (record: IdempotencyRecord, nowMs: number): boolean =>
  record.expiresAt < Math.floor(nowMs / 1000) ||
  (record.status === 'IN_PROGRESS' && (record.lockExpiresAt ?? 0) < nowMs);
