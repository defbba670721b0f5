import type { RecordedEvent } from '@commerce/shared-core/events';

export type OrderStatus = 'PENDING' | 'CONFIRMED' | 'CANCELLED';

/** The catalog's OrderCancelled reasons: from the failed reservation, or from the failed payment. */
export type CancelReason = 'OUT_OF_STOCK' | 'UNKNOWN_SKU' | 'PAYMENT_DECLINED' | 'PAYMENT_UNAVAILABLE';

/** A line as ordered; `unitPrice` once inventory has reserved it. */
export interface OrderLine {
  sku: string;
  quantity: number;
  unitPrice?: number;
}

/** One saga event as orders learned it (its own included). */
export interface TimelineEntry {
  type: string;
  eventId: string;
  source: string;
  at: string;
}

export interface Order {
  orderId: string;
  customerId: string;
  status: OrderStatus;
  items: OrderLine[];
  /** Known once inventory reserved the order. */
  total?: number;
  currency?: string;
  reason?: CancelReason;
  placedAt: string;
  /** The OrderPlaced event. */
  placed: RecordedEvent;
  /** The OrderConfirmed or OrderCancelled event, once the saga ended. */
  outcome?: RecordedEvent;
  /** Keyed by event id, so an event delivered twice is one entry. */
  timeline: Record<string, TimelineEntry>;
}

/**
 * What the API shows: the read model without the events' internal identities, timeline in order,
 * and the saga's correlation id, under which platform's trace (`GET /events?correlationId=`) has it.
 */
export const viewOf = ({ placed, outcome: _outcome, timeline, ...order }: Order) => ({
  ...order,
  correlationId: placed.correlationId,
  timeline: Object.values(timeline).sort((a, b) => a.at.localeCompare(b.at) || a.eventId.localeCompare(b.eventId)),
});

export type OrderView = ReturnType<typeof viewOf>;
