import type { RecordedEvent } from '@commerce/shared-core/events';
import type { CancelReason, Order, OrderLine, TimelineEntry } from './order.js';

/** How the saga ended an order, written once, only while it is PENDING. */
export interface Settlement {
  status: 'CONFIRMED' | 'CANCELLED';
  reason?: CancelReason;
  outcome: RecordedEvent;
  /** The event that decided it and the event orders publishes, both for the timeline. */
  entries: TimelineEntry[];
}

export interface Pricing {
  items: Required<OrderLine>[];
  total: number;
  currency: string;
}

export interface OrderPage {
  orders: Order[];
  /** The key to continue after; absent on the last page. */
  next?: Record<string, unknown>;
}

export interface OrderStore {
  get(orderId: string): Promise<Order | undefined>;
  /** `exists`: an order with this id is already there (a retried placement). */
  create(order: Order): Promise<'created' | 'exists'>;
  /**
   * Deletes an order whose OrderPlaced could not be published, only while nothing has happened to it
   * (PENDING, its timeline only its own OrderPlaced). `kept` when the saga already reached it.
   */
  withdraw(orderId: string): Promise<'withdrawn' | 'kept'>;
  /** Prices and total from the reservation, and its timeline entry; `missing` if there is no such order. */
  recordPricing(orderId: string, pricing: Pricing, entry: TimelineEntry): Promise<'recorded' | 'missing'>;
  /**
   * Ends a PENDING order (CONFIRMED only once it is priced). `refused` when it is not PENDING, not
   * priced, or missing: the caller reads it to learn which.
   */
  settle(orderId: string, settlement: Settlement): Promise<'settled' | 'refused'>;
  /** Adds an entry unless its event is already there; a no-op for a missing order. */
  addTimelineEntry(orderId: string, entry: TimelineEntry): Promise<void>;
  /** A customer's orders, newest first. */
  listByCustomer(customerId: string, limit: number, after?: Record<string, unknown>): Promise<OrderPage>;
}
