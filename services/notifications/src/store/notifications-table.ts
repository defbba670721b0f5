import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { whenConditionHolds } from '@commerce/shared-core/idempotency';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Notification, NotificationStore } from '../domain/notification.js';

export interface NotificationsTableOptions {
  /** Partition key `orderId` (S), sort key `template` (S): one item per order outcome's message. */
  tableName: string;
  /** Made on first use otherwise, with the endpoint from AWS_ENDPOINT_URL_DYNAMODB / AWS_ENDPOINT_URL. */
  client?: DynamoDBDocumentClient;
}

let sharedClient: DynamoDBDocumentClient | undefined;

/**
 * Notifications in DynamoDB. Its key is the business key "exactly once" counts by (an order's
 * outcome), so the conditional create is the receiver's idempotency and it needs no separate
 * table. Reads are strongly consistent: a redelivery must see what the last delivery wrote.
 *
 * @example
 * const notifications = createNotificationsTable({ tableName: config.NOTIFICATIONS_TABLE });
 */
export const createNotificationsTable = (options: NotificationsTableOptions): NotificationStore => {
  const { tableName } = options;
  const client = () => options.client ?? (sharedClient ??= DynamoDBDocumentClient.from(new DynamoDBClient({})));

  /** An update applied only while the notification is PENDING (and `alsoRequire` holds); false if refused. */
  const updateWhilePending = (
    orderId: string,
    template: string,
    update: string,
    { alsoRequire, values = {} }: { alsoRequire?: string; values?: Record<string, unknown> } = {},
  ): Promise<boolean> =>
    whenConditionHolds(() =>
      client().send(
        new UpdateCommand({
          TableName: tableName,
          Key: { orderId, template },
          UpdateExpression: update,
          ConditionExpression: alsoRequire ? `#status = :pending AND ${alsoRequire}` : '#status = :pending',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':pending': 'PENDING', ...values },
        }),
      ),
    );

  return {
    async create(notification) {
      const created = await whenConditionHolds(() =>
        client().send(
          new PutCommand({
            TableName: tableName,
            Item: notification,
            ConditionExpression: 'attribute_not_exists(orderId)',
          }),
        ),
      );
      return created ? 'created' : 'exists';
    },

    async get(orderId, template) {
      const { Item } = await client().send(
        new GetCommand({ TableName: tableName, Key: { orderId, template }, ConsistentRead: true }),
      );
      return Item as Notification | undefined;
    },

    async claim(orderId, template, { now, until }) {
      // ISO times in UTC compare as strings.
      const claimed = await updateWhilePending(orderId, template, 'SET claimedUntil = :until', {
        alsoRequire: '(attribute_not_exists(claimedUntil) OR claimedUntil < :now)',
        values: { ':now': now, ':until': until },
      });
      return claimed ? 'claimed' : 'taken';
    },

    async release(orderId, template) {
      // Refused only when it is SENT already, which leaves nothing to release.
      await updateWhilePending(orderId, template, 'REMOVE claimedUntil');
    },

    async markSent(orderId, template, { sentAt, providerMessageId }) {
      const marked = await updateWhilePending(
        orderId,
        template,
        'SET #status = :sent, sentAt = :sentAt, providerMessageId = :providerMessageId',
        { values: { ':sent': 'SENT', ':sentAt': sentAt, ':providerMessageId': providerMessageId } },
      );
      return marked ? 'marked' : 'already-sent';
    },

    async listByOrder(orderId) {
      // At most two items per order (one per template): one page.
      const { Items = [] } = await client().send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'orderId = :orderId',
          ExpressionAttributeValues: { ':orderId': orderId },
          ConsistentRead: true,
        }),
      );
      return Items as Notification[];
    },
  };
};
