import { PaymentFailedV1, PaymentSucceededV1 } from '@commerce/contracts';
import { ChargeRetryError } from '../../src/domain/charge-payment.js';
import { ProviderUnavailableError } from '../../src/domain/provider.js';
import { chargerFixture } from '../helpers/charger-fixture.js';
import { reservedOrder } from '../helpers/examples.js';

describe('charging a reserved order', () => {
  it('charges the reserved total once and hands PaymentSucceeded to the saga', async () => {
    const { charger, payments, handoffs, provider, delivery } = chargerFixture();
    const reserved = reservedOrder('tok_ok');

    expect(await charger.charge(reserved, delivery)).toBe('succeeded');

    const [published] = handoffs.published;
    expect(PaymentSucceededV1.validate(published?.data)).toBe(true);
    expect(published).toMatchObject({
      type: 'PaymentSucceeded',
      correlationId: reserved.correlationId,
      causationId: reserved.id,
      data: { orderId: reserved.data.orderId, amount: reserved.data.total, currency: 'EUR' },
    });
    expect(provider.requests).toEqual([
      expect.objectContaining({ amount: reserved.data.total, token: 'tok_ok', attempt: 1 }),
    ]);
    const payment = await payments.get(reserved.data.orderId);
    expect(payment).toMatchObject({ status: 'SUCCEEDED', attempts: [{ attempt: 1, outcome: 'SUCCEEDED' }] });
    expect(JSON.stringify(payment)).not.toContain('tok_ok');
  });

  it('fails a declined charge for good with PaymentFailed DECLINED', async () => {
    const { charger, handoffs, delivery } = chargerFixture();

    expect(await charger.charge(reservedOrder('tok_decline'), delivery)).toBe('failed');

    expect(handoffs.published).toEqual([expect.objectContaining({ type: 'PaymentFailed' })]);
    expect(PaymentFailedV1.validate(handoffs.published[0]?.data)).toBe(true);
    expect(handoffs.published[0]?.data).toMatchObject({ reason: 'DECLINED' });
  });

  it('retries a flaky provider through the queue with growing delays, then pays', async () => {
    const { charger, payments, handoffs, delays, delivery } = chargerFixture();
    const reserved = reservedOrder('tok_flaky');

    await expect(charger.charge(reserved, delivery)).rejects.toBeInstanceOf(ChargeRetryError);
    await expect(charger.charge(reserved, delivery)).rejects.toMatchObject({ retryable: true });
    expect(handoffs.published).toEqual([]);
    expect(await charger.charge(reserved, delivery)).toBe('succeeded');

    expect(delays).toEqual([1, 2]);
    expect((await payments.get(reserved.data.orderId))?.attempts.map((attempt) => attempt.outcome)).toEqual([
      'TRANSIENT_ERROR',
      'TRANSIENT_ERROR',
      'SUCCEEDED',
    ]);
    expect(handoffs.published.map((event) => event.type)).toEqual(['PaymentSucceeded']);
  });

  it('gives up as PROVIDER_UNAVAILABLE after the last attempt, so the saga compensates', async () => {
    const down = {
      charge: async () => {
        throw new ProviderUnavailableError('connect ETIMEDOUT');
      },
    };
    const { charger, handoffs, delays, delivery } = chargerFixture({ provider: down, maxAttempts: 3 });
    const reserved = reservedOrder();

    await expect(charger.charge(reserved, delivery)).rejects.toBeInstanceOf(ChargeRetryError);
    await expect(charger.charge(reserved, delivery)).rejects.toBeInstanceOf(ChargeRetryError);
    expect(await charger.charge(reserved, delivery)).toBe('failed');

    expect(delays).toEqual([1, 2]);
    expect(handoffs.published.map((event) => event.data)).toEqual([
      expect.objectContaining({ reason: 'PROVIDER_UNAVAILABLE' }),
    ]);
  });

  it('answers a redelivery of a settled payment with the same event, never a second charge', async () => {
    const { charger, handoffs, provider, delivery } = chargerFixture();
    const reserved = reservedOrder('tok_ok');
    await charger.charge(reserved, delivery);

    expect(await charger.charge(structuredClone(reserved), delivery)).toBe('republished');

    expect(provider.requests).toHaveLength(1);
    const [first, again] = handoffs.published;
    expect(again).toEqual(first);
  });

  it('publishes a recorded outcome whose first publish failed when the event comes back', async () => {
    const { charger, handoffs, provider, delivery } = chargerFixture();
    const reserved = reservedOrder('tok_decline');
    handoffs.failNext();

    await expect(charger.charge(reserved, delivery)).rejects.toThrow('unreachable');
    expect(await charger.charge(reserved, delivery)).toBe('republished');

    expect(provider.requests).toHaveLength(1);
    expect(handoffs.published.map((event) => event.type)).toEqual(['PaymentFailed']);
  });

  it('leaves an attempt another delivery recorded first to that delivery, and is retried', async () => {
    const fixture = chargerFixture();
    const reserved = reservedOrder('tok_ok');
    const { recordAttempt } = fixture.payments;
    fixture.payments.recordAttempt = async (orderId, record) => {
      // The racing delivery records attempt 1 just before this one.
      await recordAttempt(orderId, { ...record, attempt: { ...record.attempt, detail: 'the other delivery' } });
      return recordAttempt(orderId, record);
    };

    await expect(fixture.charger.charge(reserved, fixture.delivery)).rejects.toMatchObject({ retryable: true });

    expect(fixture.handoffs.published).toEqual([]);
    expect((await fixture.payments.get(reserved.data.orderId))?.attempts).toHaveLength(1);
  });
});
