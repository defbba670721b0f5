import {
  OrderCancelledV1,
  OrderConfirmedV1,
  OrderPlacedV1,
  type OrderCancelledV1Event,
  type OrderConfirmedV1Event,
  type OrderPlacedV1Event,
} from '@commerce/contracts';
import { createEvent, type RecordedEvent } from '@commerce/shared-core/events';
import type { Order, TimelineEntry } from './order.js';
import { SERVICE } from './service.js';

const originOf = (recorded: RecordedEvent) => ({
  source: SERVICE,
  correlationId: recorded.correlationId,
  causationId: recorded.causationId,
  recorded,
});

export const entryOf = (event: { type: string; id: string; source: string; time: string }): TimelineEntry => ({
  type: event.type,
  eventId: event.id,
  source: event.source,
  at: event.time,
});

/** OrderPlaced, rebuilt from the order (the payment token is not stored, so it is passed in). */
export const placedEvent = (order: Order, paymentToken: string): OrderPlacedV1Event =>
  createEvent(
    OrderPlacedV1,
    {
      orderId: order.orderId,
      customerId: order.customerId,
      items: order.items.map(({ sku, quantity }) => ({ sku, quantity })),
      paymentToken,
      placedAt: order.placedAt,
    },
    originOf(order.placed),
  );

/** A confirmed order is priced (the store confirms only priced orders); anything else is a bug to surface. */
const pricingOf = ({ orderId, items, total, currency }: Order) => {
  const priced = items.flatMap(({ sku, quantity, unitPrice }) =>
    unitPrice === undefined ? [] : [{ sku, quantity, unitPrice }],
  );
  if (priced.length !== items.length || total === undefined || currency === undefined) {
    throw new Error(`Order ${orderId} is confirmed but not priced`);
  }
  return { items: priced, total, currency };
};

/** OrderConfirmed or OrderCancelled of a settled order, rebuilt from its recorded identity. */
export const outcomeEvent = (
  order: Order & { outcome: RecordedEvent },
): OrderConfirmedV1Event | OrderCancelledV1Event => {
  const { orderId, customerId, placedAt, outcome } = order;
  if (order.status === 'CONFIRMED') {
    return createEvent(
      OrderConfirmedV1,
      {
        orderId,
        customerId,
        ...pricingOf(order),
        placedAt,
        confirmedAt: outcome.time,
      },
      originOf(outcome),
    );
  }
  return createEvent(
    OrderCancelledV1,
    { orderId, customerId, reason: order.reason ?? 'OUT_OF_STOCK', placedAt, cancelledAt: outcome.time },
    originOf(outcome),
  );
};
