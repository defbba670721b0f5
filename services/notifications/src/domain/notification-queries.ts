import { ValidationError } from '@commerce/shared-core';
import type { NotificationStore } from './notification.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What was sent about an order: the read side of the API. An unknown order has an empty list. */
export const createNotificationQueries = (notifications: Pick<NotificationStore, 'listByOrder'>) => ({
  async byOrder(query: Readonly<Record<string, string | undefined>>) {
    const { orderId } = query;
    // Checked before it becomes a DynamoDB key.
    if (orderId === undefined || !UUID.test(orderId)) {
      throw new ValidationError('orderId is required and must be a UUID', [
        { path: '/orderId', message: 'must be a UUID' },
      ]);
    }
    const found = await notifications.listByOrder(orderId.toLowerCase());
    return {
      orderId: orderId.toLowerCase(),
      notifications: found.map(({ notificationId, template, channel, status, sentAt }) => ({
        notificationId,
        template,
        channel,
        status,
        ...(sentAt && { sentAt }),
      })),
    };
  },
});

export type NotificationQueries = ReturnType<typeof createNotificationQueries>;
