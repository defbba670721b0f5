import type { OrderPlacedV1Data } from '@commerce/contracts';
import { DependencyError, ValidationError } from '@commerce/shared-core';
import { IdempotencyKeyReusedError } from '@commerce/shared-core/idempotency';
import type { Publisher } from '@commerce/shared-core/publishers';
import { recordEvent, systemIdentities, type EventIdentities } from '@commerce/shared-core/events';
import { entryOf, placedEvent } from './events.js';
import type { Order } from './order.js';
import { orderIdFor } from './order-id.js';
import type { OrderStore } from './order-store.js';

export type PlaceOrderRequest = Pick<OrderPlacedV1Data, 'customerId' | 'items' | 'paymentToken'>;

export interface OrderPlacerDependencies {
  orders: Pick<OrderStore, 'create' | 'get' | 'withdraw'>;
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
 * that event on orders' topic, which starts the saga. When the publish fails no order may be left
 * PENDING with nothing to move it, so the client gets a 503 and:
 * - with an Idempotency-Key, the order stays: its id derives from the customer and the key, so the
 *   client's retry finds it and publishes the recorded event again, the same event (inventory
 *   reserves once);
 * - without one, nothing would ever find it again: it is withdrawn (deleted while still untouched).
 *
 * @example
 * const placer = createOrderPlacer({ orders, handoffs });
 * await placer.place(body, { correlationId, idempotencyKey }); // { orderId, status: 'PENDING' }
 */
export const createOrderPlacer = ({ orders, handoffs, identities = systemIdentities }: OrderPlacerDependencies) => {
  /** After a failed publish: the 503 to answer, or nothing when the saga has reached the order after all. */
  const unpublished = async (orderId: string, idempotencyKey: string | undefined, cause: unknown) => {
    if (idempotencyKey !== undefined) {
      return new DependencyError(`OrderPlaced of ${orderId} was not published; kept for a retry with its key`, {
        cause,
      });
    }
    // `kept`: an event of the saga is already on the order, so OrderPlaced did go out (an ambiguous failure).
    if ((await orders.withdraw(orderId)) === 'kept') return undefined;
    return new DependencyError(`OrderPlaced of ${orderId} was not published; the order was withdrawn`, { cause });
  };

  return {
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
      if (order.status === 'PENDING') {
        try {
          await handoffs.publish(placedEvent(order, request.paymentToken));
        } catch (error) {
          const failure = await unpublished(orderId, idempotencyKey, error);
          if (failure) throw failure;
        }
      }
      return { orderId, status: 'PENDING' };
    },
  };
};

export type OrderPlacer = ReturnType<typeof createOrderPlacer>;
