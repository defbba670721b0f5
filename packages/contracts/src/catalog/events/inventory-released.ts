import type { FromSchema } from 'json-schema-to-ts';
import { analytics, auditTrace } from '../consumers.js';
import { defineEntry } from '../define-entry.js';
import { declinedOrder, providerDownOrder, type ReservedOrder, unpriced } from '../examples/orders.js';
import { declinedSaga, providerDownSaga } from '../examples/sagas.js';
import { orderId, orderLines } from '../fields.js';
import { eventBridge } from '../transports.js';

/** InventoryReleased v1: a reservation was undone; the stock is sellable again. */
export const inventoryReleasedV1Schema = {
  type: 'object',
  description: "A reservation was released and its stock is sellable again. The envelope's time says when.",
  additionalProperties: false,
  required: ['orderId', 'items', 'reason'],
  properties: {
    orderId,
    items: { ...orderLines, description: 'The released lines: the whole reservation.' },
    reason: {
      type: 'string',
      // One reason today; a new one (a customer cancelling, say) is a new version, since
      // consumers that switch on the reason must learn it first.
      enum: ['PAYMENT_FAILED'],
      description: 'Why the reservation was released.',
    },
  },
} as const;

export type InventoryReleasedV1Data = FromSchema<typeof inventoryReleasedV1Schema>;

const released = (order: ReservedOrder): InventoryReleasedV1Data => ({
  orderId: order.orderId,
  items: unpriced(order.lines),
  reason: 'PAYMENT_FAILED',
});

export const inventoryReleasedV1 = defineEntry<'InventoryReleased', 1, InventoryReleasedV1Data>({
  type: 'InventoryReleased',
  version: 1,
  summary: 'Stock reserved for an order whose payment failed is released.',
  producer: 'inventory',
  transport: eventBridge,
  consumers: [analytics, auditTrace],
  public: false,
  schema: inventoryReleasedV1Schema,
  examples: [
    { title: 'after a declined card', trace: declinedSaga.released, data: released(declinedOrder) },
    {
      title: 'after the payment provider stayed down',
      trace: providerDownSaga.released,
      data: released(providerDownOrder),
    },
  ],
});

/** Every version of InventoryReleased, oldest first. */
export const inventoryReleasedVersions = [inventoryReleasedV1] as const;
