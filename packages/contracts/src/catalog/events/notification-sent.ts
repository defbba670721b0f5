import type { FromSchema } from 'json-schema-to-ts';
import { analytics, auditTrace } from '../consumers.js';
import { defineEntry } from '../define-entry.js';
import { confirmedOrder, declinedOrder, sentNotifications } from '../examples/orders.js';
import { confirmedSaga, declinedSaga } from '../examples/sagas.js';
import { customerId, orderId, timestamp, uuid } from '../fields.js';
import { eventBridge } from '../transports.js';

/** NotificationSent v1: the customer was told about their order's outcome. */
export const notificationSentV1Schema = {
  type: 'object',
  // No address or message body: the event says that a notice went out, not to whom, so it
  // carries no personal data beyond the customer id.
  description: 'Notifications handed a message about an order to the delivery provider.',
  additionalProperties: false,
  required: ['notificationId', 'orderId', 'customerId', 'channel', 'template', 'sentAt'],
  properties: {
    notificationId: { ...uuid, description: 'The notification, as identified by notifications.' },
    orderId,
    customerId: { ...customerId, description: 'The customer notified.' },
    channel: { type: 'string', enum: ['email'], description: 'How the customer was notified.' },
    template: {
      type: 'string',
      enum: ['order-confirmed', 'order-cancelled'],
      description: 'The message sent, named after the event that caused it.',
    },
    sentAt: { ...timestamp, description: 'When the provider accepted the message.' },
  },
} as const;

export type NotificationSentV1Data = FromSchema<typeof notificationSentV1Schema>;

export const notificationSentV1 = defineEntry<'NotificationSent', 1, NotificationSentV1Data>({
  type: 'NotificationSent',
  version: 1,
  summary: 'A customer was emailed about the outcome of their order.',
  producer: 'notifications',
  transport: eventBridge,
  consumers: [analytics, auditTrace],
  public: false,
  schema: notificationSentV1Schema,
  examples: [
    {
      title: 'order confirmation emailed',
      trace: confirmedSaga.notified,
      data: {
        ...sentNotifications.confirmed,
        orderId: confirmedOrder.orderId,
        customerId: confirmedOrder.customerId,
        channel: 'email',
        template: 'order-confirmed',
      },
    },
    {
      title: 'cancellation emailed after a declined card',
      trace: declinedSaga.notified,
      data: {
        ...sentNotifications.declined,
        orderId: declinedOrder.orderId,
        customerId: declinedOrder.customerId,
        channel: 'email',
        template: 'order-cancelled',
      },
    },
  ],
});

/** Every version of NotificationSent, oldest first. */
export const notificationSentVersions = [notificationSentV1] as const;
