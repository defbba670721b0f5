// First: the entry point loads its settings at import, as in Lambda.
import './helpers/environment.js';
import { httpRequest, lambdaContext } from '@commerce/testing';
import { createPaymentView } from '../src/domain/payment-view.js';
import { createPaymentsRouter } from '../src/router.js';
import { chargerFixture } from './helpers/charger-fixture.js';
import { reservedOrder } from './helpers/examples.js';

describe('GET /payments/{orderId}', () => {
  const get = async (orderId: string) => {
    const fixture = chargerFixture();
    const reserved = reservedOrder('tok_decline');
    await fixture.charger.charge(reserved, fixture.delivery);
    const handler = createPaymentsRouter(createPaymentView(fixture.payments));
    const response = await handler(
      httpRequest('GET', `/payments/${orderId.replace('{order}', reserved.data.orderId)}`),
      lambdaContext,
    );
    return {
      status: response.statusCode,
      body: JSON.parse(response.body ?? '{}') as Record<string, unknown>,
      reserved,
    };
  };

  it('shows the payment, its state and every attempt', async () => {
    const { status, body, reserved } = await get('{order}');

    expect(status).toBe(200);
    expect(body).toEqual({
      orderId: reserved.data.orderId,
      paymentId: expect.any(String),
      amount: reserved.data.total,
      currency: 'EUR',
      status: 'FAILED',
      reason: 'DECLINED',
      attempts: [{ attempt: 1, at: expect.any(String), outcome: 'DECLINED', detail: 'card_declined' }],
    });
  });

  it.each([
    ['an order without a payment', '5a0e9c61-2b7f-4d8a-9c3e-1f2a3b4c5d6e'],
    ['an id that is not a UUID', 'x'.repeat(3000)],
  ])('answers 404 problem+json for %s', async (_case, orderId) => {
    const { status, body } = await get(orderId);

    expect(status).toBe(404);
    expect(body).toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });
});
