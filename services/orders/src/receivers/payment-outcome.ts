import { PaymentFailedV1, PaymentSucceededV1 } from '@commerce/contracts';
import { createReceiver, type ReceiverHandler } from '@commerce/shared-core/events';
import { createEventBridgePublisher } from '@commerce/shared-core/publishers';
import { loadSettings } from '../config.js';
import { createOrderSaga, type OrderSaga } from '../domain/order-saga.js';
import { SERVICE } from '../domain/service.js';
import { createOrdersTable } from '../store/orders-table.js';

/**
 * PaymentSucceeded / PaymentFailed (payments' SNS topic) -> the order confirmed or cancelled, and
 * OrderConfirmed or OrderCancelled on platform's bus. Idempotent on the order's status.
 */
export const createPaymentOutcomeReceiver = (saga: OrderSaga): ReceiverHandler =>
  createReceiver({
    service: SERVICE,
    name: 'payment-outcome',
    accepts: [PaymentSucceededV1, PaymentFailedV1],
    handler: async (event, { log }) => {
      const outcome =
        event.type === 'PaymentSucceeded' ? await saga.paymentSucceeded(event) : await saga.paymentFailed(event);
      log.info({ orderId: event.data.orderId, outcome }, 'order updated');
    },
  });

const config = loadSettings(['ORDERS_TABLE', 'EVENT_BUS_NAME']);

export const handler = createPaymentOutcomeReceiver(
  createOrderSaga({
    orders: createOrdersTable({ tableName: config.ORDERS_TABLE }),
    outcomes: createEventBridgePublisher({ eventBusName: config.EVENT_BUS_NAME }),
  }),
);
