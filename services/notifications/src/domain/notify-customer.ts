import {
  NotificationSentV1,
  type NotificationSentV1Event,
  type OrderCancelledV1Event,
  type OrderConfirmedV1Event,
} from '@commerce/contracts';
import {
  derivedUuid,
  deriveEvent,
  recordEvent,
  systemIdentities,
  type EventIdentities,
} from '@commerce/shared-core/events';
import type { Publisher } from '@commerce/shared-core/publishers';
import { cancellationMessage, confirmationMessage } from './messages.js';
import type { Notification, NotificationStore, Template } from './notification.js';
import type { NotificationProvider, RecipientDirectory } from './provider.js';
import { SERVICE } from './service.js';

export interface CustomerNotifierDependencies {
  notifications: NotificationStore;
  provider: NotificationProvider;
  recipients: RecipientDirectory;
  /** Platform's bus, where NotificationSent goes. */
  outcomes: Publisher;
  identities?: EventIdentities;
  now?: () => Date;
}

type OrderOutcome = OrderConfirmedV1Event | OrderCancelledV1Event;

/**
 * - `sent`: this delivery sent the message and published NotificationSent;
 * - `republished`: it was sent before; the recorded NotificationSent went out again, the same event.
 */
export type NotifyOutcome = 'sent' | 'republished';

const templateOf = (event: OrderOutcome): Template =>
  event.type === 'OrderConfirmed' ? 'order-confirmed' : 'order-cancelled';

/** NotificationSent of a sent notification, rebuilt from its recorded identity: always the same event. */
const sentEvent = (notification: Notification, sentAt: string): NotificationSentV1Event =>
  deriveEvent(
    { id: notification.sent.causationId, correlationId: notification.sent.correlationId },
    NotificationSentV1,
    {
      notificationId: notification.notificationId,
      orderId: notification.orderId,
      customerId: notification.customerId,
      channel: notification.channel,
      template: notification.template,
      sentAt,
    },
    SERVICE,
    notification.sent,
  );

/**
 * Tells the customer how their order ended: exactly one message per order outcome, however often
 * OrderConfirmed or OrderCancelled arrives, in five steps:
 * 1. the notification is decided once: created PENDING under (orderId, template), with the id of
 *    its message (derived from both) and the identity of its NotificationSent;
 * 2. a notification already SENT only has its recorded NotificationSent published again;
 * 3. otherwise the provider sends it, keyed by the notification id;
 * 4. it is marked SENT (only if still PENDING);
 * 5. NotificationSent is published on the bus.
 * A crash between 3 and 4 sends again on the retry: SES has no idempotency key, so that window
 * (milliseconds) is where "exactly once" becomes "at least once". The local mailbox keeps one file
 * per notification id, so it never shows two.
 *
 * @example
 * const notifier = createCustomerNotifier({ notifications, provider, recipients, outcomes });
 * await notifier.notify(orderConfirmed); // 'sent'
 */
export const createCustomerNotifier = (dependencies: CustomerNotifierDependencies) => {
  const { notifications, provider, recipients, outcomes } = dependencies;
  const { identities = systemIdentities, now = () => new Date() } = dependencies;

  const decide = async (event: OrderOutcome): Promise<Notification> => {
    const template = templateOf(event);
    const fresh: Notification = {
      orderId: event.data.orderId,
      template,
      notificationId: derivedUuid(event.data.orderId, template),
      customerId: event.data.customerId,
      channel: 'email',
      status: 'PENDING',
      sent: recordEvent(event, identities),
    };
    if ((await notifications.create(fresh)) === 'created') return fresh;
    const existing = await notifications.get(fresh.orderId, template);
    if (!existing) throw new Error(`Notification ${template} of order ${fresh.orderId} exists and cannot be read`);
    return existing;
  };

  const send = async (notification: Notification, event: OrderOutcome) => {
    const message = event.type === 'OrderConfirmed' ? confirmationMessage(event.data) : cancellationMessage(event.data);
    return provider.send({
      notificationId: notification.notificationId,
      orderId: notification.orderId,
      customerId: notification.customerId,
      template: notification.template,
      to: await recipients.emailOf(notification.customerId),
      ...message,
    });
  };

  return {
    async notify(event: OrderOutcome): Promise<NotifyOutcome> {
      const notification = await decide(event);
      if (notification.status === 'SENT') {
        await outcomes.publish(sentEvent(notification, notification.sentAt!));
        return 'republished';
      }
      const { providerMessageId } = await send(notification, event);
      const sentAt = now().toISOString();
      if (
        (await notifications.markSent(notification.orderId, notification.template, { sentAt, providerMessageId })) ===
        'already-sent'
      ) {
        // A racing delivery sent it too and marked it first: publish what it recorded.
        const marked = await notifications.get(notification.orderId, notification.template);
        await outcomes.publish(sentEvent(notification, marked?.sentAt ?? sentAt));
        return 'republished';
      }
      await outcomes.publish(sentEvent(notification, sentAt));
      return 'sent';
    },
  };
};

export type CustomerNotifier = ReturnType<typeof createCustomerNotifier>;
