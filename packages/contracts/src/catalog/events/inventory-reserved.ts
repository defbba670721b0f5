import type { FromSchema } from 'json-schema-to-ts';
import { analytics, auditTrace } from '../consumers.js';
import { defineEntry } from '../define-entry.js';
import { confirmedOrder, declinedOrder, type ReservedOrder } from '../examples/orders.js';
import { confirmedSaga, declinedSaga } from '../examples/sagas.js';
import { currency, customerId, minorUnits, orderId, paymentToken, pricedOrderLines, timestamp } from '../fields.js';
import { sns } from '../transports.js';

/** InventoryReserved v1: every line is held at a price; payments charges the total. */
export const inventoryReservedV1Schema = {
  type: 'object',
  description: 'Inventory holds stock for every line of the order, priced; payments is asked to charge the total.',
  additionalProperties: false,
  required: ['orderId', 'customerId', 'items', 'total', 'currency', 'paymentToken', 'reservedAt'],
  properties: {
    orderId,
    customerId,
    items: pricedOrderLines,
    total: { ...minorUnits, description: 'Sum of quantity * unitPrice over the items: the amount to charge.' },
    currency,
    paymentToken: {
      ...paymentToken,
      description:
        'The token from OrderPlaced, carried forward so payments can charge. Never card data; redacted from logs.',
    },
    reservedAt: { ...timestamp, description: 'When the stock was reserved.' },
  },
} as const;

export type InventoryReservedV1Data = FromSchema<typeof inventoryReservedV1Schema>;

const reserved = (order: ReservedOrder): InventoryReservedV1Data => ({
  orderId: order.orderId,
  customerId: order.customerId,
  items: order.lines,
  total: order.total,
  currency: order.currency,
  paymentToken: order.paymentToken,
  reservedAt: order.reservedAt,
});

export const inventoryReservedV1 = defineEntry<'InventoryReserved', 1, InventoryReservedV1Data>({
  type: 'InventoryReserved',
  version: 1,
  summary: 'Stock for every line of an order is reserved; the order can be charged.',
  producer: 'inventory',
  transport: sns('inventory-events'),
  consumers: [
    { service: 'payments', purpose: 'charge the total' },
    // The order's read model shows the prices and total, which only the reservation knows.
    { service: 'orders', purpose: 'record the priced lines and total' },
    analytics,
    auditTrace,
  ],
  public: false,
  schema: inventoryReservedV1Schema,
  examples: [
    { title: 'two T-shirts and a mug, 52.48 EUR', trace: confirmedSaga.reserved, data: reserved(confirmedOrder) },
    { title: 'a pair of sneakers, 89.00 EUR', trace: declinedSaga.reserved, data: reserved(declinedOrder) },
  ],
});

/** Every version of InventoryReserved, oldest first. */
export const inventoryReservedVersions = [inventoryReservedV1] as const;
