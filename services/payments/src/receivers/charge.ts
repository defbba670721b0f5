import { InventoryReservedV1 } from '@commerce/contracts';
import { createReceiver, type ReceiverHandler } from '@commerce/shared-core/events';
import { createSnsPublisher } from '@commerce/shared-core/publishers';
import { loadSettings } from '../config.js';
import { createPaymentCharger, type PaymentCharger } from '../domain/charge-payment.js';
import { SERVICE } from '../domain/service.js';
import { apiKeyFrom } from '../provider/api-key.js';
import { outageSwitch } from '../provider/outage-switch.js';
import { createSimulatedProvider } from '../provider/simulator.js';
import { createChargeQueue, type ChargeQueue } from '../store/charge-queue.js';
import { createPaymentsTable } from '../store/payments-table.js';

/**
 * InventoryReserved (inventory's SNS topic) -> the total charged -> PaymentSucceeded or
 * PaymentFailed on payments' own topic. Idempotent on the payment's status (see the README);
 * a transient provider failure hides the record for a backoff and reports it failed.
 */
export const createChargeReceiver = (charger: PaymentCharger, queue: ChargeQueue): ReceiverHandler =>
  createReceiver({
    service: SERVICE,
    name: 'charge',
    accepts: [InventoryReservedV1],
    handler: async (event, { log, record }) => {
      const outcome = await charger.charge(event, {
        retryAfter: (seconds) => queue.hide(record.receiptHandle, seconds, log),
      });
      log.info({ orderId: event.data.orderId, outcome }, 'payment charged');
    },
  });

const config = loadSettings([
  'PAYMENTS_TABLE',
  'EVENTS_TOPIC_ARN',
  'CHARGE_QUEUE_URL',
  'PAYMENT_PROVIDER',
  'PROVIDER_API_KEY',
  'SIMULATOR_OUTAGE_FILE',
  'CHARGE_MAX_ATTEMPTS',
  'RETRY_BASE_SECONDS',
  'RETRY_MAX_SECONDS',
]);

export const handler = createChargeReceiver(
  createPaymentCharger({
    payments: createPaymentsTable({ tableName: config.PAYMENTS_TABLE }),
    // PAYMENT_PROVIDER has one value today; a real adapter is chosen here when it has two.
    provider: createSimulatedProvider({
      apiKey: apiKeyFrom(config.PROVIDER_API_KEY),
      outage: outageSwitch(config.SIMULATOR_OUTAGE_FILE),
    }),
    handoffs: createSnsPublisher({ topicArn: config.EVENTS_TOPIC_ARN }),
    maxAttempts: config.CHARGE_MAX_ATTEMPTS,
    backoff: { baseSeconds: config.RETRY_BASE_SECONDS, maxSeconds: config.RETRY_MAX_SECONDS },
  }),
  createChargeQueue({ queueUrl: config.CHARGE_QUEUE_URL }),
);
