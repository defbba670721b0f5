import { OrderConfirmedV1 } from '@commerce/contracts';
import { createReceiver, type ReceiverHandler } from '@commerce/shared-core/events';
import { loadSettings } from '../config.js';
import { createOrderRecorder, type OrderRecorder } from '../domain/record-order.js';
import { SERVICE } from '../domain/service.js';
import { createConfirmedOrdersTable } from '../store/confirmed-orders-table.js';

/**
 * OrderConfirmed (a rule on platform's bus) -> the order recorded once. Accepts v1 only, as its
 * rule does (resources/record-order.yml); another version is a poison record for the DLQ.
 */
export const createRecordOrderReceiver = (recorder: OrderRecorder): ReceiverHandler =>
  createReceiver({
    service: SERVICE,
    name: 'record-order',
    accepts: [OrderConfirmedV1],
    handler: async (event, { log }) => {
      const outcome = await recorder.record(event);
      log.info({ orderId: event.data.orderId, outcome }, 'confirmed order recorded');
    },
  });

const config = loadSettings(['CONFIRMED_ORDERS_TABLE']);

export const handler = createRecordOrderReceiver(
  createOrderRecorder({ orders: createConfirmedOrdersTable({ tableName: config.CONFIRMED_ORDERS_TABLE }) }),
);
