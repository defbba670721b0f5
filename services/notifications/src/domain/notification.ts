import type { RecordedEvent } from '@commerce/shared-core/events';

/** The message an order outcome leads to, named after the event that causes it. */
export type Template = 'order-confirmed' | 'order-cancelled';

/**
 * One message about one order outcome: the unit "exactly once" counts. PENDING from the moment it
 * is decided until the provider accepted it; SENT after.
 */
export interface Notification {
  orderId: string;
  template: Template;
  /** derivedUuid(orderId, template): the provider's idempotency key and NotificationSent's id of it. */
  notificationId: string;
  customerId: string;
  channel: 'email';
  status: 'PENDING' | 'SENT';
  /** The identity of the NotificationSent this message leads to, minted when it was decided. */
  sent: RecordedEvent;
  sentAt?: string;
  providerMessageId?: string;
  /** While PENDING: until when the delivery that claimed it may send it (ISO time). */
  claimedUntil?: string;
}

/** Where notifications are kept: one item per order and template. */
export interface NotificationStore {
  /** `exists`: this order's message was decided before (a redelivery); read it. */
  create(notification: Notification): Promise<'created' | 'exists'>;
  get(orderId: string, template: Template): Promise<Notification | undefined>;
  /**
   * Claims the right to send a PENDING notification until `until`, unless another delivery holds an
   * unexpired claim (`taken`) or it is SENT already (`taken` too: read it).
   */
  claim(orderId: string, template: Template, lease: { now: string; until: string }): Promise<'claimed' | 'taken'>;
  /** Gives up a claim after a failed send, so the retry need not wait for the lease to run out. */
  release(orderId: string, template: Template): Promise<void>;
  /** Marks it SENT, only if still PENDING; `already-sent` if a racing delivery got there first. */
  markSent(
    orderId: string,
    template: Template,
    sending: { sentAt: string; providerMessageId: string },
  ): Promise<'marked' | 'already-sent'>;
  listByOrder(orderId: string): Promise<Notification[]>;
}
