import type {
  InventoryReservationFailedV1Event,
  InventoryReservedV1Event,
  PaymentFailedV1Event,
  PaymentSucceededV1Event,
} from '@commerce/contracts';
import { DependencyError } from '@commerce/shared-core';
import type { Publisher } from '@commerce/shared-core/publishers';
import { recordEvent, systemIdentities, type EventIdentities, type RecordedEvent } from '@commerce/shared-core/events';
import { entryOf, outcomeEvent } from './events.js';
import type { CancelReason, Order } from './order.js';
import type { OrderStore, Settlement } from './order-store.js';

export interface OrderSagaDependencies {
  orders: OrderStore;
  /** Platform's EventBridge bus, where outcomes go. */
  outcomes: Publisher;
  identities?: EventIdentities;
}

type SagaOutcome = 'confirmed' | 'cancelled' | 'republished' | 'recorded' | 'late';

/** The event arrived before what it depends on (two queues, no order between them): try later. */
export class OrderNotReadyError extends DependencyError {
  override name = 'OrderNotReadyError';
}

const paymentReason = ({ data }: PaymentFailedV1Event): CancelReason =>
  data.reason === 'DECLINED' ? 'PAYMENT_DECLINED' : 'PAYMENT_UNAVAILABLE';

/**
 * The order's side of the saga: its read model follows the events (prices from InventoryReserved,
 * the end from InventoryReservationFailed or the payment outcome), and the end is published as
 * OrderConfirmed or OrderCancelled. Status only moves forward, through a conditional write, so two
 * deliveries racing cannot both end an order. A redelivered deciding event publishes the recorded
 * outcome again, the same event (a crash between the write and the publish heals); a late or
 * contradicting event is kept in the timeline, once, and changes nothing.
 *
 * @example
 * const saga = createOrderSaga({ orders, outcomes });
 * await saga.paymentSucceeded(event); // 'confirmed'
 */
export const createOrderSaga = ({ orders, outcomes, identities = systemIdentities }: OrderSagaDependencies) => {
  const existing = async (orderId: string): Promise<Order> => {
    const order = await orders.get(orderId);
    // The order is written before OrderPlaced is published, so a missing one is a lagging read or a
    // foreign event: retried, then left in the DLQ for a person.
    if (!order) throw new OrderNotReadyError(`Order ${orderId} is not known (yet)`);
    return order;
  };

  /** After a refused settle: publish again what this event decided, or keep it as a late event. */
  const afterRefusal = async (cause: {
    id: string;
    type: string;
    source: string;
    time: string;
    data: { orderId: string };
  }) => {
    const order = await existing(cause.data.orderId);
    if (order.status === 'PENDING') {
      throw new OrderNotReadyError(
        `Order ${order.orderId} is not priced yet; ${cause.type} waits for InventoryReserved`,
      );
    }
    const outcome = order.outcome as RecordedEvent;
    if (outcome.causationId === cause.id) {
      await outcomes.publish(outcomeEvent({ ...order, outcome }));
      return 'republished' as const;
    }
    await orders.addTimelineEntry(order.orderId, entryOf(cause));
    return 'late' as const;
  };

  const settle = async (
    cause: { id: string; correlationId: string; type: string; source: string; time: string; data: { orderId: string } },
    status: Settlement['status'],
    reason?: CancelReason,
  ): Promise<SagaOutcome> => {
    const outcome = recordEvent(cause, identities);
    const order = await existing(cause.data.orderId);
    const settled = { ...order, status, outcome, ...(reason && { reason }) };
    // Built before writing: an event consumers would refuse is never recorded.
    const event =
      order.status === 'PENDING' && (status === 'CANCELLED' || order.total !== undefined)
        ? outcomeEvent(settled)
        : undefined;
    const settlement: Settlement = {
      status,
      outcome,
      entries: [entryOf(cause), ...(event ? [entryOf(event)] : [])],
      ...(reason && { reason }),
    };
    if (!event || (await orders.settle(order.orderId, settlement)) === 'refused') return afterRefusal(cause);
    await outcomes.publish(event);
    return status === 'CONFIRMED' ? 'confirmed' : 'cancelled';
  };

  return {
    async inventoryReserved(event: InventoryReservedV1Event): Promise<SagaOutcome> {
      const { orderId, items, total, currency } = event.data;
      const result = await orders.recordPricing(orderId, { items, total, currency }, entryOf(event));
      if (result === 'missing') throw new OrderNotReadyError(`Order ${orderId} is not known (yet)`);
      return 'recorded';
    },
    inventoryReservationFailed: (event: InventoryReservationFailedV1Event) =>
      settle(event, 'CANCELLED', event.data.reason),
    paymentSucceeded: (event: PaymentSucceededV1Event) => settle(event, 'CONFIRMED'),
    paymentFailed: (event: PaymentFailedV1Event) => settle(event, 'CANCELLED', paymentReason(event)),
  };
};

export type OrderSaga = ReturnType<typeof createOrderSaga>;
