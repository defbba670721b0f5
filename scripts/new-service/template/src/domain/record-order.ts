import type { OrderConfirmedV1Event } from '@commerce/contracts';
import { confirmedOrderOf, type ConfirmedOrderStore } from './confirmed-order.js';

/**
 * Records a confirmed order once. Delivery is at least once and unordered, so the write is
 * conditional on the order id (the business key): a redelivery finds it there and changes nothing.
 *
 * @example
 * const recorder = createOrderRecorder({ orders: createConfirmedOrdersTable({ tableName }) });
 * await recorder.record(orderConfirmed); // 'recorded', then 'duplicate' for the same order
 */
export const createOrderRecorder = ({ orders }: { orders: Pick<ConfirmedOrderStore, 'create'> }) => ({
  async record(event: OrderConfirmedV1Event): Promise<'recorded' | 'duplicate'> {
    return (await orders.create(confirmedOrderOf(event))) === 'created' ? 'recorded' : 'duplicate';
  },
});

export type OrderRecorder = ReturnType<typeof createOrderRecorder>;
