import type { FromSchema } from 'json-schema-to-ts';
import { analytics, auditTrace } from '../consumers.js';
import { defineEntry } from '../define-entry.js';
import { outOfStockOrder, unknownSkuOrder } from '../examples/orders.js';
import { outOfStockSaga, unknownSkuSaga } from '../examples/sagas.js';
import { MAX_ORDER_LINES, orderId, quantity, sku } from '../fields.js';
import { sns } from '../transports.js';

/** InventoryReservationFailed v1: nothing was reserved (all lines or none); orders rejects the order. */
export const inventoryReservationFailedV1Schema = {
  type: 'object',
  description: 'Inventory could not reserve every line, so it reserved none; orders rejects the order.',
  additionalProperties: false,
  required: ['orderId', 'reason', 'unavailable'],
  properties: {
    orderId,
    reason: {
      type: 'string',
      enum: ['OUT_OF_STOCK', 'UNKNOWN_SKU'],
      description: 'UNKNOWN_SKU when any line names a SKU inventory does not list, otherwise OUT_OF_STOCK.',
    },
    unavailable: {
      type: 'array',
      minItems: 1,
      maxItems: MAX_ORDER_LINES,
      description: 'The lines that could not be reserved.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['sku', 'requested', 'available'],
        properties: {
          sku,
          requested: { ...quantity, description: 'Units the order asked for.' },
          available: {
            type: 'integer',
            minimum: 0,
            description: 'Units in stock when the reservation was tried, fewer than requested; 0 for an unknown SKU.',
          },
        },
      },
    },
  },
} as const;

export type InventoryReservationFailedV1Data = FromSchema<typeof inventoryReservationFailedV1Schema>;

export const inventoryReservationFailedV1 = defineEntry<
  'InventoryReservationFailed',
  1,
  InventoryReservationFailedV1Data
>({
  type: 'InventoryReservationFailed',
  version: 1,
  summary: 'Stock for an order could not be reserved; nothing is held and the order is rejected.',
  producer: 'inventory',
  transport: sns('inventory-events'),
  consumers: [{ service: 'orders', purpose: 'reject the order' }, analytics, auditTrace],
  public: false,
  schema: inventoryReservationFailedV1Schema,
  examples: [
    {
      title: 'three hoodies wanted, one in stock',
      trace: outOfStockSaga.unavailable,
      data: {
        orderId: outOfStockOrder.orderId,
        reason: 'OUT_OF_STOCK',
        unavailable: [{ sku: 'HOODIE-GRY-L', requested: 3, available: 1 }],
      },
    },
    {
      title: 'a withdrawn poster',
      trace: unknownSkuSaga.unavailable,
      data: {
        orderId: unknownSkuOrder.orderId,
        reason: 'UNKNOWN_SKU',
        unavailable: [{ sku: 'POSTER-A2-2019', requested: 1, available: 0 }],
      },
    },
  ],
});

/** Every version of InventoryReservationFailed, oldest first. */
export const inventoryReservationFailedVersions = [inventoryReservationFailedV1] as const;
