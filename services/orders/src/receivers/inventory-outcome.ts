import { InventoryReservationFailedV1, InventoryReservedV1 } from '@commerce/contracts';
import { createReceiver, type ReceiverHandler } from '@commerce/shared-core/events';
import { createEventBridgePublisher } from '@commerce/shared-core/publishers';
import { loadSettings } from '../config.js';
import { createOrderSaga, type OrderSaga } from '../domain/order-saga.js';
import { SERVICE } from '../domain/service.js';
import { createOrdersTable } from '../store/orders-table.js';

/**
 * InventoryReserved / InventoryReservationFailed (inventory's SNS topic) -> the order priced, or
 * cancelled with OrderCancelled on platform's bus. Idempotent on the order's status and timeline.
 */
export const createInventoryOutcomeReceiver = (saga: OrderSaga): ReceiverHandler =>
  createReceiver({
    service: SERVICE,
    name: 'inventory-outcome',
    accepts: [InventoryReservedV1, InventoryReservationFailedV1],
    handler: async (event, { log }) => {
      const outcome =
        event.type === 'InventoryReserved'
          ? await saga.inventoryReserved(event)
          : await saga.inventoryReservationFailed(event);
      log.info({ orderId: event.data.orderId, outcome }, 'order updated');
    },
  });

const config = loadSettings(['ORDERS_TABLE', 'EVENT_BUS_NAME']);

export const handler = createInventoryOutcomeReceiver(
  createOrderSaga({
    orders: createOrdersTable({ tableName: config.ORDERS_TABLE }),
    outcomes: createEventBridgePublisher({ eventBusName: config.EVENT_BUS_NAME }),
  }),
);
