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
import { CommerceError } from '@commerce/shared-core';
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
  /** How long a claimed notification is left to its sender before another delivery may send it. */
  leaseMs?: number;
}

/** Twice the receiver's 15 s timeout: a live sender never loses its claim. */
const DEFAULT_LEASE_MS = 30_000;

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
 * (or however concurrently) OrderConfirmed or OrderCancelled arrives, in six steps:
 * 1. the notification is decided once: created PENDING under (orderId, template), with the id of
 *    its message (derived from both) and the identity of its NotificationSent;
 * 2. a notification already SENT only has its recorded NotificationSent published again;
 * 3. one delivery claims it for a lease (conditional on PENDING and no live claim); a delivery
 *    that finds it claimed fails retryably and comes back later, when it is SENT;
 * 4. the claimer has the provider send it;
 * 5. it is marked SENT (only if still PENDING);
 * 6. NotificationSent is published on the bus.
 * A crash between 4 and 5 sends again once the lease expires: SES has no idempotency key, so that
 * window (milliseconds) is where "exactly once" becomes "at least once".
 *
 * @example
 * const notifier = createCustomerNotifier({ notifications, provider, recipients, outcomes });
 * await notifier.notify(orderConfirmed); // 'sent'
 */
export const createCustomerNotifier = (dependencies: CustomerNotifierDependencies) => {
  const { notifications, provider, recipients, outcomes } = dependencies;
  const { identities = systemIdentities, now = () => new Date(), leaseMs = DEFAULT_LEASE_MS } = dependencies;

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

  /** The recorded NotificationSent of a notification another delivery sent, published again. */
  const republish = async (notification: Notification): Promise<NotifyOutcome> => {
    await outcomes.publish(sentEvent(notification, notification.sentAt!));
    return 'republished';
  };

  return {
    async notify(event: OrderOutcome): Promise<NotifyOutcome> {
      const notification = await decide(event);
      if (notification.status === 'SENT') return republish(notification);
      const claimedAt = now();
      const lease = { now: claimedAt.toISOString(), until: new Date(claimedAt.getTime() + leaseMs).toISOString() };
      if ((await notifications.claim(notification.orderId, notification.template, lease)) === 'taken') {
        const current = await notifications.get(notification.orderId, notification.template);
        if (current?.status === 'SENT') return republish(current);
        // Another delivery is sending it right now: come back after it (the queue retries).
        throw new CommerceError(
          'CONFLICT',
          `Notification ${notification.notificationId} is being sent by another delivery`,
          {
            retryable: true,
          },
        );
      }
      let providerMessageId: string;
      try {
        ({ providerMessageId } = await send(notification, event));
      } catch (error) {
        await notifications.release(notification.orderId, notification.template);
        throw error;
      }
      const sentAt = now().toISOString();
      if (
        (await notifications.markSent(notification.orderId, notification.template, { sentAt, providerMessageId })) ===
        'already-sent'
      ) {
        // The provider answered after the lease ran out and another delivery sent and marked it: publish its record.
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
