import type { FromSchema } from 'json-schema-to-ts';
import { analytics, auditTrace } from '../consumers.js';
import { defineEntry } from '../define-entry.js';
import { declinedOrder, outOfStockOrder, providerDownOrder, unknownSkuOrder } from '../examples/orders.js';
import { declinedSaga, outOfStockSaga, providerDownSaga, unknownSkuSaga } from '../examples/sagas.js';
import { customerId, orderId, timestamp } from '../fields.js';
import { eventBridge } from '../transports.js';

/** OrderCancelled v1: the saga's compensating ending. */
export const orderCancelledV1Schema = {
  type: 'object',
  description: 'The order will not be fulfilled; nothing was charged and no stock is held for it.',
  additionalProperties: false,
  required: ['orderId', 'customerId', 'reason', 'placedAt', 'cancelledAt'],
  properties: {
    orderId,
    customerId,
    reason: {
      type: 'string',
      // PAYMENT_UNAVAILABLE answers PaymentFailed PROVIDER_UNAVAILABLE: without it orders could not
      // publish the cancellation that such a failure leads to.
      enum: ['OUT_OF_STOCK', 'UNKNOWN_SKU', 'PAYMENT_DECLINED', 'PAYMENT_UNAVAILABLE'],
      description:
        'OUT_OF_STOCK and UNKNOWN_SKU come from the failed reservation; PAYMENT_DECLINED and PAYMENT_UNAVAILABLE from the failed payment.',
    },
    placedAt: { ...timestamp, description: 'When the customer placed the order.' },
    cancelledAt: { ...timestamp, description: 'When orders cancelled it.' },
  },
} as const;

export type OrderCancelledV1Data = FromSchema<typeof orderCancelledV1Schema>;

const cancelled = (
  order: { orderId: string; customerId: string; placedAt: string; cancelledAt: string },
  reason: OrderCancelledV1Data['reason'],
): OrderCancelledV1Data => ({
  orderId: order.orderId,
  customerId: order.customerId,
  reason,
  placedAt: order.placedAt,
  cancelledAt: order.cancelledAt,
});

export const orderCancelledV1 = defineEntry<'OrderCancelled', 1, OrderCancelledV1Data>({
  type: 'OrderCancelled',
  version: 1,
  summary: 'An order will not be fulfilled: out of stock, unknown SKU, or payment failed.',
  producer: 'orders',
  transport: eventBridge,
  consumers: [{ service: 'notifications', purpose: 'email the cancellation' }, analytics, auditTrace],
  // A stable business outcome without secrets: fit for teams outside the saga.
  public: true,
  schema: orderCancelledV1Schema,
  examples: [
    { title: 'out of stock', trace: outOfStockSaga.cancelled, data: cancelled(outOfStockOrder, 'OUT_OF_STOCK') },
    { title: 'a withdrawn SKU', trace: unknownSkuSaga.cancelled, data: cancelled(unknownSkuOrder, 'UNKNOWN_SKU') },
    { title: 'card declined', trace: declinedSaga.cancelled, data: cancelled(declinedOrder, 'PAYMENT_DECLINED') },
    {
      title: 'payment provider unreachable',
      trace: providerDownSaga.cancelled,
      data: cancelled(providerDownOrder, 'PAYMENT_UNAVAILABLE'),
    },
  ],
});

/** Every version of OrderCancelled, oldest first. */
export const orderCancelledVersions = [orderCancelledV1] as const;
