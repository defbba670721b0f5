import type { FromSchema } from 'json-schema-to-ts';
import { analytics, auditTrace } from '../consumers.js';
import { defineEntry } from '../define-entry.js';
import { bulkOrder, confirmedOrder, type ReservedOrder } from '../examples/orders.js';
import { bulkSaga, confirmedSaga } from '../examples/sagas.js';
import { currency, customerId, minorUnits, orderId, pricedOrderLines, timestamp } from '../fields.js';
import { eventBridge } from '../transports.js';

/** OrderConfirmed v1: the saga's happy ending. */
export const orderConfirmedV1Schema = {
  type: 'object',
  description: 'The order is paid and its stock committed: it will be fulfilled.',
  additionalProperties: false,
  required: ['orderId', 'customerId', 'items', 'total', 'currency', 'placedAt', 'confirmedAt'],
  properties: {
    orderId,
    customerId,
    items: pricedOrderLines,
    total: { ...minorUnits, description: 'Amount charged: the sum of quantity * unitPrice over the items.' },
    currency,
    placedAt: { ...timestamp, description: 'When the customer placed the order.' },
    confirmedAt: { ...timestamp, description: 'When orders confirmed it.' },
  },
} as const;

export type OrderConfirmedV1Data = FromSchema<typeof orderConfirmedV1Schema>;

const confirmed = (order: ReservedOrder & { confirmedAt: string }): OrderConfirmedV1Data => ({
  orderId: order.orderId,
  customerId: order.customerId,
  items: order.lines,
  total: order.total,
  currency: order.currency,
  placedAt: order.placedAt,
  confirmedAt: order.confirmedAt,
});

export const orderConfirmedV1 = defineEntry<'OrderConfirmed', 1, OrderConfirmedV1Data>({
  type: 'OrderConfirmed',
  version: 1,
  summary: 'An order is paid for and will be fulfilled.',
  producer: 'orders',
  transport: eventBridge,
  consumers: [{ service: 'notifications', purpose: 'email the confirmation' }, analytics, auditTrace],
  // A stable business outcome without secrets: fit for teams outside the saga (fulfilment, CRM).
  public: true,
  schema: orderConfirmedV1Schema,
  examples: [
    { title: 'two T-shirts and a mug', trace: confirmedSaga.confirmed, data: confirmed(confirmedOrder) },
    { title: 'eighteen items over three lines', trace: bulkSaga.confirmed, data: confirmed(bulkOrder) },
  ],
});

/** Every version of OrderConfirmed, oldest first. */
export const orderConfirmedVersions = [orderConfirmedV1] as const;
