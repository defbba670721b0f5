import type { FromSchema } from 'json-schema-to-ts';
import { analytics, auditTrace } from '../consumers.js';
import { defineEntry } from '../define-entry.js';
import { confirmedOrder, declinedOrder, outOfStockOrder, type PlacedOrder, unpriced } from '../examples/orders.js';
import { confirmedSaga, declinedSaga, outOfStockSaga } from '../examples/sagas.js';
import { customerId, orderId, orderLines, paymentToken, timestamp } from '../fields.js';
import { sns } from '../transports.js';

/** OrderPlaced v1: the order as the customer placed it; starts the saga. */
export const orderPlacedV1Schema = {
  type: 'object',
  description: 'A customer placed an order; inventory is asked to reserve its lines.',
  additionalProperties: false,
  required: ['orderId', 'customerId', 'items', 'paymentToken', 'placedAt'],
  properties: {
    orderId,
    customerId,
    items: orderLines,
    paymentToken,
    placedAt: { ...timestamp, description: 'When orders accepted the order.' },
  },
} as const;

export type OrderPlacedV1Data = FromSchema<typeof orderPlacedV1Schema>;

const placed = (order: PlacedOrder): OrderPlacedV1Data => ({
  orderId: order.orderId,
  customerId: order.customerId,
  items: unpriced(order.lines),
  paymentToken: order.paymentToken,
  placedAt: order.placedAt,
});

export const orderPlacedV1 = defineEntry<'OrderPlaced', 1, OrderPlacedV1Data>({
  type: 'OrderPlaced',
  version: 1,
  summary: 'A customer placed an order; it now waits for stock and payment.',
  producer: 'orders',
  transport: sns('orders-events'),
  consumers: [{ service: 'inventory', purpose: 'reserve stock' }, analytics, auditTrace],
  public: false,
  schema: orderPlacedV1Schema,
  examples: [
    { title: 'two T-shirts and a mug', trace: confirmedSaga.placed, data: placed(confirmedOrder) },
    { title: 'three hoodies when one is in stock', trace: outOfStockSaga.placed, data: placed(outOfStockOrder) },
    {
      title: 'a pair of sneakers, paid with a card that will be declined',
      trace: declinedSaga.placed,
      data: placed(declinedOrder),
    },
  ],
});

/** Every version of OrderPlaced, oldest first. */
export const orderPlacedVersions = [orderPlacedV1] as const;
