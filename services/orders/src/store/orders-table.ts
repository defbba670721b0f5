import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { whenConditionHolds } from '@commerce/shared-core/idempotency';
import {
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Order, TimelineEntry } from '../domain/order.js';
import type { OrderStore } from '../domain/order-store.js';

export interface OrdersTableOptions {
  /** Partition key `orderId` (S); GSI `byCustomer`: `customerId` (S) + `placedAt` (S), all attributes. */
  tableName: string;
  /** Made on first use otherwise, with the endpoint from AWS_ENDPOINT_URL_DYNAMODB / AWS_ENDPOINT_URL. */
  client?: DynamoDBDocumentClient;
}

export const BY_CUSTOMER_INDEX = 'byCustomer';

let sharedClient: DynamoDBDocumentClient | undefined;

const unlessConditionFails = async <T>(write: () => Promise<unknown>, ok: T, refused: T): Promise<T> =>
  (await whenConditionHolds(write)) ? ok : refused;

/** `timeline.#id = :entry`, with the names and values it needs. */
const timelineSet = (entry: TimelineEntry, n: number) => ({
  set: `#timeline.#event${n} = :event${n}`,
  names: { '#timeline': 'timeline', [`#event${n}`]: entry.eventId },
  values: { [`:event${n}`]: entry },
});

/**
 * Orders in DynamoDB, one item per order, the timeline a map keyed by event id (an event delivered
 * twice is one entry). Status changes are conditional on PENDING, so they happen once. Reads of one
 * order are strongly consistent; the customer index is eventually consistent, as GSIs are.
 *
 * @example
 * const orders = createOrdersTable({ tableName: config.ORDERS_TABLE });
 */
export const createOrdersTable = (options: OrdersTableOptions): OrderStore => {
  const { tableName } = options;
  const client = () => options.client ?? (sharedClient ??= DynamoDBDocumentClient.from(new DynamoDBClient({})));
  const update = (input: Omit<ConstructorParameters<typeof UpdateCommand>[0], 'TableName'>) =>
    client().send(new UpdateCommand({ TableName: tableName, ...input }));

  return {
    async get(orderId) {
      const { Item } = await client().send(
        new GetCommand({ TableName: tableName, Key: { orderId }, ConsistentRead: true }),
      );
      return Item as Order | undefined;
    },

    create: (order) =>
      unlessConditionFails(
        () =>
          client().send(
            new PutCommand({ TableName: tableName, Item: order, ConditionExpression: 'attribute_not_exists(orderId)' }),
          ),
        'created' as const,
        'exists' as const,
      ),

    withdraw: (orderId) =>
      unlessConditionFails(
        () =>
          client().send(
            new DeleteCommand({
              TableName: tableName,
              Key: { orderId },
              // Untouched: still PENDING, and nothing in its timeline but its own OrderPlaced.
              ConditionExpression: '#status = :pending AND size(#timeline) = :one',
              ExpressionAttributeNames: { '#status': 'status', '#timeline': 'timeline' },
              ExpressionAttributeValues: { ':pending': 'PENDING', ':one': 1 },
            }),
          ),
        'withdrawn' as const,
        'kept' as const,
      ),

    recordPricing: (orderId, { items, total, currency }, entry) => {
      const timeline = timelineSet(entry, 0);
      return unlessConditionFails(
        () =>
          update({
            Key: { orderId },
            UpdateExpression: `SET #items = :items, #total = :total, #currency = :currency, ${timeline.set}`,
            ConditionExpression: 'attribute_exists(orderId)',
            ExpressionAttributeNames: {
              '#items': 'items',
              '#total': 'total',
              '#currency': 'currency',
              ...timeline.names,
            },
            ExpressionAttributeValues: { ':items': items, ':total': total, ':currency': currency, ...timeline.values },
          }),
        'recorded' as const,
        'missing' as const,
      );
    },

    settle: (orderId, { status, reason, outcome, entries }) => {
      const timeline = entries.map(timelineSet);
      const names: Record<string, string> = { '#status': 'status', '#outcome': 'outcome' };
      const values: Record<string, unknown> = { ':status': status, ':outcome': outcome, ':pending': 'PENDING' };
      const sets = ['#status = :status', '#outcome = :outcome', ...timeline.map(({ set }) => set)];
      if (reason) {
        sets.push('#reason = :reason');
        names['#reason'] = 'reason';
        values[':reason'] = reason;
      }
      // Confirming needs the prices OrderConfirmed carries; cancelling does not. (DynamoDB refuses
      // a name no expression uses, so #total is declared only with its condition.)
      const priced = status === 'CONFIRMED' ? ' AND attribute_exists(#total)' : '';
      if (priced) names['#total'] = 'total';
      return unlessConditionFails(
        () =>
          update({
            Key: { orderId },
            UpdateExpression: `SET ${sets.join(', ')}`,
            ConditionExpression: `#status = :pending${priced}`,
            ExpressionAttributeNames: Object.assign(names, ...timeline.map((entry) => entry.names)),
            ExpressionAttributeValues: Object.assign(values, ...timeline.map((entry) => entry.values)),
          }),
        'settled' as const,
        'refused' as const,
      );
    },

    async addTimelineEntry(orderId, entry) {
      const timeline = timelineSet(entry, 0);
      await unlessConditionFails(
        () =>
          update({
            Key: { orderId },
            UpdateExpression: `SET ${timeline.set}`,
            ConditionExpression: 'attribute_exists(orderId)',
            ExpressionAttributeNames: timeline.names,
            ExpressionAttributeValues: timeline.values,
          }),
        undefined,
        undefined,
      );
    },

    async listByCustomer(customerId, limit, after) {
      const { Items = [], LastEvaluatedKey } = await client().send(
        new QueryCommand({
          TableName: tableName,
          IndexName: BY_CUSTOMER_INDEX,
          KeyConditionExpression: '#customerId = :customerId',
          ExpressionAttributeNames: { '#customerId': 'customerId' },
          ExpressionAttributeValues: { ':customerId': customerId },
          ScanIndexForward: false,
          Limit: limit,
          ...(after && { ExclusiveStartKey: after }),
        }),
      );
      return { orders: Items as Order[], ...(LastEvaluatedKey && { next: LastEvaluatedKey }) };
    },
  };
};
