import type { OrderPlacedV1Data } from '@commerce/contracts';
import { ValidationError } from '@commerce/shared-core';
import { IdempotencyKeyReusedError } from '@commerce/shared-core/idempotency';
import type { Publisher } from '@commerce/shared-core/publishers';
import { recordEvent, systemIdentities, type EventIdentities } from '@commerce/shared-core/events';
import { entryOf, placedEvent } from './events.js';
import type { Order } from './order.js';
import { orderIdFor } from './order-id.js';
import type { OrderStore } from './order-store.js';

export type PlaceOrderRequest = Pick<OrderPlacedV1Data, 'customerId' | 'items' | 'paymentToken'>;

export interface OrderPlacerDependencies {
  orders: Pick<OrderStore, 'create' | 'get'>;
  /** Orders' own SNS topic, where OrderPlaced goes. */
  handoffs: Publisher;
  identities?: EventIdentities;
}

const refuseRepeatedSkus = ({ items }: PlaceOrderRequest): void => {
  const seen = new Set<string>();
  const issues = items.flatMap(({ sku }, index) => {
    if (!seen.has(sku)) return (seen.add(sku), []);
    return [{ path: `/items/${index}/sku`, message: `${sku} is already on another line; order each SKU once` }];
  });
  if (issues.length > 0) throw new ValidationError('Each SKU may appear on one line only', issues);
};

/**
 * Places an order: writes it PENDING with the identity of its OrderPlaced event, then publishes
 * that event on orders' topic, which starts the saga. If the publish fails the order stays PENDING
 * and the error reaches the client (5xx); a retry with the same Idempotency-Key finds the order
 * (its id derives from the key) and publishes the recorded event again, the same event, so
 * inventory reserves once.
 *
 * @example
 * const placer = createOrderPlacer({ orders, handoffs });
 * await placer.place(body, { correlationId, idempotencyKey }); // { orderId, status: 'PENDING' }
 */
export const createOrderPlacer = ({ orders, handoffs, identities = systemIdentities }: OrderPlacerDependencies) => ({
  async place(
    request: PlaceOrderRequest,
    { correlationId, idempotencyKey }: { correlationId: string; idempotencyKey?: string },
  ): Promise<{ orderId: string; status: 'PENDING' }> {
    refuseRepeatedSkus(request);
    const orderId = orderIdFor(request.customerId, idempotencyKey);
    const placed = recordEvent({ id: correlationId, correlationId }, identities);
    const fresh: Order = {
      orderId,
      customerId: request.customerId,
      status: 'PENDING',
      items: request.items.map(({ sku, quantity }) => ({ sku, quantity })),
      placedAt: placed.time,
      placed,
      timeline: {},
    };
    const event = placedEvent(fresh, request.paymentToken);
    fresh.timeline[event.id] = entryOf(event);
    const order = (await orders.create(fresh)) === 'created' ? fresh : await orders.get(orderId);
    if (!order) throw new Error(`Order ${orderId} exists and cannot be read`);
    // The key's idempotency record expires (24 h); the order does not. Another body under an old key
    // must not restart that order's saga with this request's token.
    if (JSON.stringify(order.items) !== JSON.stringify(fresh.items)) {
      throw new IdempotencyKeyReusedError(idempotencyKey ?? orderId);
    }
    // Only a PENDING order still needs its saga started; a retry after that changes nothing.
    if (order.status === 'PENDING') await handoffs.publish(placedEvent(order, request.paymentToken));
    return { orderId, status: 'PENDING' };
  },
});

export type OrderPlacer = ReturnType<typeof createOrderPlacer>;
