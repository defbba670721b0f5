import type { FromSchema } from 'json-schema-to-ts';
import { analytics, auditTrace } from '../consumers.js';
import { defineEntry } from '../define-entry.js';
import { bulkOrder, confirmedOrder, type ReservedOrder, unpriced } from '../examples/orders.js';
import { bulkSaga, confirmedSaga } from '../examples/sagas.js';
import { orderId, orderLines } from '../fields.js';
import { eventBridge } from '../transports.js';

/** InventoryCommitted v1: reserved stock has left the shelf for good. */
export const inventoryCommittedV1Schema = {
  type: 'object',
  description:
    "The order was paid: its reserved stock is committed and leaves the sellable count. The envelope's time says when.",
  additionalProperties: false,
  required: ['orderId', 'items'],
  properties: {
    orderId,
    items: { ...orderLines, description: 'The committed lines: the whole reservation.' },
  },
} as const;

export type InventoryCommittedV1Data = FromSchema<typeof inventoryCommittedV1Schema>;

const committed = (order: ReservedOrder): InventoryCommittedV1Data => ({
  orderId: order.orderId,
  items: unpriced(order.lines),
});

export const inventoryCommittedV1 = defineEntry<'InventoryCommitted', 1, InventoryCommittedV1Data>({
  type: 'InventoryCommitted',
  version: 1,
  summary: "A paid order's reserved stock is committed.",
  producer: 'inventory',
  transport: eventBridge,
  consumers: [analytics, auditTrace],
  public: false,
  schema: inventoryCommittedV1Schema,
  examples: [
    { title: 'two T-shirts and a mug', trace: confirmedSaga.committed, data: committed(confirmedOrder) },
    { title: 'eighteen items over three lines', trace: bulkSaga.committed, data: committed(bulkOrder) },
  ],
});

/** Every version of InventoryCommitted, oldest first. */
export const inventoryCommittedVersions = [inventoryCommittedV1] as const;
