import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { whenConditionHolds } from '@commerce/shared-core/idempotency';
import { DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { TracedEvent, TraceStore } from '../domain/traced-event.js';

export interface TraceTableOptions {
  /** Partition key `correlationId` (S), sort key `eventId` (S); TTL on `expiresAt`. */
  tableName: string;
  /** Days an event is kept; DynamoDB's TTL removes it afterwards. */
  retentionDays: number;
  /** Made on first use otherwise, with the endpoint from AWS_ENDPOINT_URL_DYNAMODB / AWS_ENDPOINT_URL. */
  client?: DynamoDBDocumentClient;
  now?: () => Date;
}

let sharedClient: DynamoDBDocumentClient | undefined;

/** A saga has a dozen events; past this many, something is publishing in a loop, and the trace says so by stopping. */
const MAX_EVENTS = 1000;

/**
 * The audit's events in DynamoDB, one item per event under its correlation id, so a whole saga is
 * one Query. The put is conditional on the event id: a redelivery never overwrites the first arrival.
 *
 * @example
 * const trace = createTraceTable({ tableName: config.TRACE_TABLE, retentionDays: 30 });
 */
export const createTraceTable = (options: TraceTableOptions): TraceStore => {
  const { tableName, retentionDays, now = () => new Date() } = options;
  const client = () => options.client ?? (sharedClient ??= DynamoDBDocumentClient.from(new DynamoDBClient({})));

  return {
    async record(event) {
      const expiresAt = Math.floor(now().getTime() / 1000) + retentionDays * 86_400;
      const first = await whenConditionHolds(() =>
        client().send(
          new PutCommand({
            TableName: tableName,
            Item: { ...event, expiresAt },
            ConditionExpression: 'attribute_not_exists(eventId)',
          }),
        ),
      );
      return first ? 'recorded' : 'duplicate';
    },

    async ofCorrelation(correlationId) {
      const events: TracedEvent[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await client().send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'correlationId = :correlationId',
            ExpressionAttributeValues: { ':correlationId': correlationId },
            ExclusiveStartKey: startKey,
            ConsistentRead: true,
          }),
        );
        for (const { expiresAt: _ttl, ...event } of page.Items ?? []) events.push(event as TracedEvent);
        startKey = page.LastEvaluatedKey;
      } while (startKey && events.length < MAX_EVENTS);
      return events.slice(0, MAX_EVENTS);
    },
  };
};
