import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { whenConditionHolds } from '@commerce/shared-core/idempotency';
import type { ConfirmedOrder, ConfirmedOrderStore } from '../domain/confirmed-order.js';

export interface ConfirmedOrdersTableOptions {
  /** Partition key `orderId` (S): one item per order, the receiver's idempotency key. */
  tableName: string;
  /** Made on first use otherwise, with the endpoint from AWS_ENDPOINT_URL_DYNAMODB / AWS_ENDPOINT_URL. */
  client?: DynamoDBDocumentClient;
}

let sharedClient: DynamoDBDocumentClient | undefined;

/**
 * Confirmed orders in DynamoDB, one item per order, written once on condition.
 *
 * @example
 * const orders = createConfirmedOrdersTable({ tableName: config.CONFIRMED_ORDERS_TABLE });
 */
export const createConfirmedOrdersTable = (options: ConfirmedOrdersTableOptions): ConfirmedOrderStore => {
  const { tableName } = options;
  const client = () => options.client ?? (sharedClient ??= DynamoDBDocumentClient.from(new DynamoDBClient({})));

  return {
    async get(orderId) {
      const { Item } = await client().send(new GetCommand({ TableName: tableName, Key: { orderId } }));
      return Item as ConfirmedOrder | undefined;
    },

    async create(order) {
      const created = await whenConditionHolds(() =>
        client().send(
          new PutCommand({ TableName: tableName, Item: order, ConditionExpression: 'attribute_not_exists(orderId)' }),
        ),
      );
      return created ? 'created' : 'exists';
    },
  };
};
