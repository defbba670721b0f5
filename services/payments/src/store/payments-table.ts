import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { whenConditionHolds } from '@commerce/shared-core/idempotency';
import { DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Payment } from '../domain/payment.js';
import type { PaymentStore } from '../domain/payment-store.js';

export interface PaymentsTableOptions {
  /** Partition key `orderId` (S): one payment per order, the charge receiver's idempotency key. */
  tableName: string;
  /** Made on first use otherwise, with the endpoint from AWS_ENDPOINT_URL_DYNAMODB / AWS_ENDPOINT_URL. */
  client?: DynamoDBDocumentClient;
}

let sharedClient: DynamoDBDocumentClient | undefined;

/**
 * Payments in DynamoDB, one item per order. Every write is conditional, so two deliveries of one
 * event can neither create two payments nor record the same attempt twice. Reads are strongly
 * consistent: a redelivery must see what the last delivery wrote.
 *
 * @example
 * const payments = createPaymentsTable({ tableName: config.PAYMENTS_TABLE });
 */
export const createPaymentsTable = (options: PaymentsTableOptions): PaymentStore => {
  const { tableName } = options;
  const client = () => options.client ?? (sharedClient ??= DynamoDBDocumentClient.from(new DynamoDBClient({})));

  return {
    async get(orderId) {
      const { Item } = await client().send(
        new GetCommand({ TableName: tableName, Key: { orderId }, ConsistentRead: true }),
      );
      return Item as Payment | undefined;
    },

    async create(payment) {
      const created = await whenConditionHolds(() =>
        client().send(
          new PutCommand({ TableName: tableName, Item: payment, ConditionExpression: 'attribute_not_exists(orderId)' }),
        ),
      );
      return created ? 'created' : 'exists';
    },

    async recordAttempt(orderId, { attempt, settle }) {
      const names: Record<string, string> = { '#attempts': 'attempts', '#status': 'status' };
      const values: Record<string, unknown> = {
        ':attempt': [attempt],
        ':previous': attempt.attempt - 1,
        ':pending': 'PENDING',
      };
      const sets = ['#attempts = list_append(#attempts, :attempt)'];
      if (settle) {
        sets.push('#status = :status', '#outcome = :outcome');
        Object.assign(names, { '#outcome': 'outcome' });
        Object.assign(values, { ':status': settle.status, ':outcome': settle.outcome });
        if (settle.reason) {
          sets.push('#reason = :reason');
          names['#reason'] = 'reason';
          values[':reason'] = settle.reason;
        }
      }
      const recorded = await whenConditionHolds(() =>
        client().send(
          new UpdateCommand({
            TableName: tableName,
            Key: { orderId },
            UpdateExpression: `SET ${sets.join(', ')}`,
            ConditionExpression: '#status = :pending AND size(#attempts) = :previous',
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
          }),
        ),
      );
      return recorded ? 'recorded' : 'conflict';
    },
  };
};
