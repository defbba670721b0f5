import { PaymentFailedV1, PaymentSucceededV1 } from '@commerce/contracts';
import { createReceiver, type ReceiverHandler } from '@commerce/shared-core/events';
import { createEventBridgePublisher } from '@commerce/shared-core/publishers';
import { loadSettings } from '../config.js';
import { createReservationSettler, type ReservationSettler } from '../domain/settle-reservation.js';
import { SERVICE } from '../domain/service.js';
import { inventoryTables } from '../store/tables.js';

/**
 * PaymentSucceeded / PaymentFailed (payments' SNS topic) -> the reservation committed or released
 * -> InventoryCommitted or InventoryReleased on platform's EventBridge bus. Idempotent on the
 * reservation's status (see the service README).
 */
export const createSettleReservationReceiver = (settler: ReservationSettler): ReceiverHandler =>
  createReceiver({
    service: SERVICE,
    name: 'settle-reservation',
    accepts: [PaymentSucceededV1, PaymentFailedV1],
    handler: async (event, { log }) => {
      const outcome = await settler.settle(event);
      log.info({ orderId: event.data.orderId, outcome }, 'reservation settled');
    },
  });

const config = loadSettings(['STOCK_TABLE', 'RESERVATIONS_TABLE', 'EVENT_BUS_NAME']);

export const handler = createSettleReservationReceiver(
  createReservationSettler({
    reservations: inventoryTables(config).reservations,
    outcomes: createEventBridgePublisher({ eventBusName: config.EVENT_BUS_NAME }),
  }),
);
