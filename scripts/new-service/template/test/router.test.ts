// First: the entry point loads its settings at import, as in Lambda.
import './helpers/environment.js';
import { httpRequest, lambdaContext } from '@commerce/testing';
import { createOrderRecorder } from '../src/domain/record-order.js';
import { createOrderView } from '../src/domain/order-view.js';
import { createApiRouter } from '../src/router.js';
import { confirmedOrder } from './helpers/examples.js';
import { createInMemoryOrders } from './helpers/in-memory-orders.js';

describe('GET /__service__/orders/{orderId}', () => {
  const get = async (orderId: string) => {
    const orders = createInMemoryOrders();
    const confirmed = confirmedOrder();
    await createOrderRecorder({ orders }).record(confirmed);
    const handler = createApiRouter(createOrderView(orders));

    const response = await handler(httpRequest('GET', `/__service__/orders/${orderId}`), lambdaContext);
    return { status: response.statusCode, body: JSON.parse(response.body ?? '{}') as Record<string, unknown> };
  };

  it('shows a recorded order', async () => {
    const { orderId, total } = confirmedOrder().data;

    const { status, body } = await get(orderId);

    expect(status).toBe(200);
    expect(body).toMatchObject({ orderId, total, itemCount: 3 });
  });

  it.each([
    ['an order it was not told about', '5a0e9c61-2b7f-4d8a-9c3e-1f2a3b4c5d6e'],
    ['an id that is not a UUID', 'x'.repeat(3000)],
  ])('answers 404 problem+json for %s', async (_case, orderId) => {
    const { status, body } = await get(orderId);

    expect(status).toBe(404);
    expect(body).toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });
});
