import { createOrderRecorder } from '../../src/domain/record-order.js';
import { confirmedOrder } from '../helpers/examples.js';
import { createInMemoryOrders } from '../helpers/in-memory-orders.js';

describe('recording a confirmed order', () => {
  it('keeps what the service needs of the order, traced to the event it came from', async () => {
    const orders = createInMemoryOrders();
    const confirmed = confirmedOrder('eighteen items over three lines');

    expect(await createOrderRecorder({ orders }).record(confirmed)).toBe('recorded');

    expect(await orders.get(confirmed.data.orderId)).toEqual({
      orderId: confirmed.data.orderId,
      customerId: confirmed.data.customerId,
      total: confirmed.data.total,
      currency: confirmed.data.currency,
      itemCount: 18,
      confirmedAt: confirmed.data.confirmedAt,
      eventId: confirmed.id,
    });
  });

  it('changes nothing when the same order is confirmed again, as a redelivery does', async () => {
    const orders = createInMemoryOrders();
    const recorder = createOrderRecorder({ orders });
    const first = confirmedOrder();
    const again = { ...confirmedOrder(), id: '00000000-0000-4000-8000-000000000099' };
    await recorder.record(first);

    expect(await recorder.record(again)).toBe('duplicate');
    expect((await orders.get(first.data.orderId))?.eventId).toBe(first.id);
  });
});
