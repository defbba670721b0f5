import type { FromSchema } from 'json-schema-to-ts';
import { analytics, auditTrace } from '../consumers.js';
import { defineEntry } from '../define-entry.js';
import { declinedOrder, providerDownOrder, type ReservedOrder } from '../examples/orders.js';
import { declinedSaga, providerDownSaga } from '../examples/sagas.js';
import { currency, minorUnits, orderId, timestamp, uuid } from '../fields.js';
import { sns } from '../transports.js';

/** PaymentFailed v1: the total could not be charged, for good. */
export const paymentFailedV1Schema = {
  type: 'object',
  description: 'Payments could not charge the total and has stopped trying; the saga compensates.',
  additionalProperties: false,
  required: ['orderId', 'paymentId', 'amount', 'currency', 'reason', 'failedAt'],
  properties: {
    orderId,
    paymentId: { ...uuid, description: 'The payment attempt, as identified by payments.' },
    amount: { ...minorUnits, description: 'Amount that could not be charged, in minor units of `currency`.' },
    currency,
    reason: {
      type: 'string',
      enum: ['DECLINED', 'PROVIDER_UNAVAILABLE'],
      description: "DECLINED: the provider refused the charge. PROVIDER_UNAVAILABLE: payments' retries ran out.",
    },
    failedAt: { ...timestamp, description: 'When payments gave up.' },
  },
} as const;

export type PaymentFailedV1Data = FromSchema<typeof paymentFailedV1Schema>;

const failed = (order: ReservedOrder, reason: PaymentFailedV1Data['reason']): PaymentFailedV1Data => ({
  orderId: order.orderId,
  paymentId: order.paymentId,
  amount: order.total,
  currency: order.currency,
  reason,
  failedAt: order.settledAt,
});

export const paymentFailedV1 = defineEntry<'PaymentFailed', 1, PaymentFailedV1Data>({
  type: 'PaymentFailed',
  version: 1,
  summary: 'The order total could not be charged; the stock is released and the order cancelled.',
  producer: 'payments',
  transport: sns('payments-events'),
  consumers: [
    { service: 'orders', purpose: 'cancel the order' },
    { service: 'inventory', purpose: 'release the reserved stock' },
    analytics,
    auditTrace,
  ],
  public: false,
  schema: paymentFailedV1Schema,
  examples: [
    { title: 'card declined', trace: declinedSaga.failed, data: failed(declinedOrder, 'DECLINED') },
    {
      title: 'provider unreachable for five minutes',
      trace: providerDownSaga.failed,
      data: failed(providerDownOrder, 'PROVIDER_UNAVAILABLE'),
    },
  ],
});

/** Every version of PaymentFailed, oldest first. */
export const paymentFailedVersions = [paymentFailedV1] as const;
