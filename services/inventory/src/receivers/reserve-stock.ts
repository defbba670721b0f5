import { OrderPlacedV1 } from '@commerce/contracts';
import { createReceiver, type ReceiverHandler } from '@commerce/shared-core/events';
import { createSnsPublisher } from '@commerce/shared-core/publishers';
import { loadSettings } from '../config.js';
import { createStockReserver, type StockReserver } from '../domain/reserve-stock.js';
import { SERVICE } from '../domain/service.js';
import { inventoryTables } from '../store/tables.js';

/**
 * OrderPlaced (orders' SNS topic) -> every line reserved or none -> InventoryReserved or
 * InventoryReservationFailed on inventory's topic. Idempotent on the business key: the reservation
 * is keyed by orderId, so no idempotency store is needed (see the service README).
 */
export const createReserveStockReceiver = (reserver: StockReserver): ReceiverHandler =>
  createReceiver({
    service: SERVICE,
    name: 'reserve-stock',
    accepts: [OrderPlacedV1],
    handler: async (event, { log }) => {
      const outcome = await reserver.reserve(event);
      log.info({ orderId: event.data.orderId, outcome }, 'reservation decided');
    },
  });

const config = loadSettings(['STOCK_TABLE', 'RESERVATIONS_TABLE', 'EVENTS_TOPIC_ARN', 'CURRENCY']);

export const handler = createReserveStockReceiver(
  createStockReserver({
    ...inventoryTables(config),
    handoffs: createSnsPublisher({ topicArn: config.EVENTS_TOPIC_ARN }),
    currency: config.CURRENCY,
  }),
);
