import type { FromSchema } from 'json-schema-to-ts';
import { analytics, auditTrace } from '../consumers.js';
import { defineEntry } from '../define-entry.js';
import { bulkOrder, confirmedOrder, type ReservedOrder } from '../examples/orders.js';
import { bulkSaga, confirmedSaga } from '../examples/sagas.js';
import { currency, minorUnits, orderId, timestamp, uuid } from '../fields.js';
import { sns } from '../transports.js';

/** PaymentSucceeded v1: the reserved total was charged. */
export const paymentSucceededV1Schema = {
  type: 'object',
  description: 'Payments charged the reserved total; orders confirms the order and inventory commits the stock.',
  additionalProperties: false,
  required: ['orderId', 'paymentId', 'amount', 'currency', 'chargedAt'],
  properties: {
    orderId,
    paymentId: { ...uuid, description: 'The payment, as identified by payments (not the provider reference).' },
    amount: { ...minorUnits, description: 'Amount charged, in minor units of `currency`.' },
    currency,
    chargedAt: { ...timestamp, description: 'When the provider accepted the charge.' },
  },
} as const;

export type PaymentSucceededV1Data = FromSchema<typeof paymentSucceededV1Schema>;

const charged = (order: ReservedOrder): PaymentSucceededV1Data => ({
  orderId: order.orderId,
  paymentId: order.paymentId,
  amount: order.total,
  currency: order.currency,
  chargedAt: order.settledAt,
});

export const paymentSucceededV1 = defineEntry<'PaymentSucceeded', 1, PaymentSucceededV1Data>({
  type: 'PaymentSucceeded',
  version: 1,
  summary: 'The order total was charged to the customer.',
  producer: 'payments',
  transport: sns('payments-events'),
  consumers: [
    { service: 'orders', purpose: 'confirm the order' },
    { service: 'inventory', purpose: 'commit the reservation' },
    analytics,
    auditTrace,
  ],
  public: false,
  schema: paymentSucceededV1Schema,
  examples: [
    { title: '52.48 EUR charged', trace: confirmedSaga.charged, data: charged(confirmedOrder) },
    { title: '252.96 EUR charged', trace: bulkSaga.charged, data: charged(bulkOrder) },
  ],
});

/** Every version of PaymentSucceeded, oldest first. */
export const paymentSucceededVersions = [paymentSucceededV1] as const;
