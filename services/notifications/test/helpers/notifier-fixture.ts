import type { OrderCancelledV1Event, OrderConfirmedV1Event } from '@commerce/contracts';
import { catalogExample, createRecordingPublisher } from '@commerce/testing';
import type { Notification, NotificationStore } from '../../src/domain/notification.js';
import { createCustomerNotifier } from '../../src/domain/notify-customer.js';
import type { NotificationProvider, OutgoingMessage } from '../../src/domain/provider.js';
import { addressByTemplate } from '../../src/domain/provider.js';

/** The notifications table's behaviour in memory: one item per (orderId, template), conditional writes. */
export const createInMemoryNotifications = () => {
  const items = new Map<string, Notification>();
  const key = (orderId: string, template: string) => `${orderId}#${template}`;
  const store: NotificationStore & { items: typeof items } = {
    items,
    async create(notification) {
      if (items.has(key(notification.orderId, notification.template))) return 'exists';
      items.set(key(notification.orderId, notification.template), structuredClone(notification));
      return 'created';
    },
    async get(orderId, template) {
      const found = items.get(key(orderId, template));
      return found && structuredClone(found);
    },
    async claim(orderId, template, { now, until }) {
      const found = items.get(key(orderId, template));
      if (!found || found.status !== 'PENDING' || (found.claimedUntil !== undefined && found.claimedUntil >= now)) {
        return 'taken';
      }
      found.claimedUntil = until;
      return 'claimed';
    },
    async release(orderId, template) {
      const found = items.get(key(orderId, template));
      if (found?.status === 'PENDING') delete found.claimedUntil;
    },
    async markSent(orderId, template, sending) {
      const found = items.get(key(orderId, template));
      if (!found || found.status !== 'PENDING') return 'already-sent';
      Object.assign(found, { status: 'SENT', ...sending });
      return 'marked';
    },
    async listByOrder(orderId) {
      return [...items.values()].filter((item) => item.orderId === orderId).map((item) => structuredClone(item));
    },
  };
  return store;
};

/** A provider that keeps what it sent, and can be told to fail the next send. */
export const createRecordingProvider = () => {
  const sent: OutgoingMessage[] = [];
  let failures = 0;
  const provider: NotificationProvider & { sent: OutgoingMessage[]; failNext(): void } = {
    sent,
    failNext: () => {
      failures += 1;
    },
    async send(message) {
      if (failures > 0) {
        failures -= 1;
        throw new Error('SES throttled the request (simulated)');
      }
      sent.push(message);
      return { providerMessageId: `provider-${sent.length}` };
    },
  };
  return provider;
};

/** The notifier on in-memory parts, fixed ids and times, and the catalog's outcomes to feed it. */
export const notifierFixture = () => {
  const notifications = createInMemoryNotifications();
  const provider = createRecordingProvider();
  const outcomes = createRecordingPublisher();
  let ids = 0;
  const notifier = createCustomerNotifier({
    notifications,
    provider,
    recipients: addressByTemplate('{customerId}@customers.invalid'),
    outcomes,
    identities: {
      newId: () => `00000000-0000-4000-8000-${String((ids += 1)).padStart(12, '0')}`,
      now: () => new Date('2026-11-23T10:00:00.000Z'),
    },
    now: () => new Date('2026-11-23T10:00:01.000Z'),
  });
  return {
    notifier,
    notifications,
    provider,
    outcomes,
    confirmed: catalogExample('OrderConfirmed', 'two T-shirts and a mug') as OrderConfirmedV1Event,
    declined: catalogExample('OrderCancelled', 'card declined') as OrderCancelledV1Event,
  };
};
