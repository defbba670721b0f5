// First: the receiver module loads its settings at import, as in Lambda.
import '../helpers/environment.js';
import { OrderCancelledV1, OrderConfirmedV1 } from '@commerce/contracts';
import { lambdaContext, snsDeliveries, sqsBatch } from '@commerce/testing';
import { createPaymentOutcomeReceiver } from '../../src/receivers/payment-outcome.js';
import { placedTshirtsAndMug } from '../helpers/saga-fixture.js';

/** The catalog's T-shirt order placed and reserved, and the real receiver on the fixture's saga. */
const receiverOn = async ({ reserved = true } = {}) => {
  const fixture = await placedTshirtsAndMug();
  if (reserved) await fixture.saga.inventoryReserved(fixture.reserved);
  return { ...fixture, receive: createPaymentOutcomeReceiver(fixture.saga) };
};

describe.each(Object.entries(snsDeliveries))('the payment-outcome receiver, SNS delivery %s', (_how, deliver) => {
  it('confirms the order on PaymentSucceeded and publishes OrderConfirmed with the reserved prices', async () => {
    const { receive, paid, reserved, outcomes, view } = await receiverOn();

    const response = await receive(sqsBatch(deliver(paid)), lambdaContext);

    expect(response).toEqual({ batchItemFailures: [] });
    expect(OrderConfirmedV1.validate(outcomes.published[0]?.data)).toBe(true);
    expect(outcomes.published).toEqual([
      expect.objectContaining({
        type: 'OrderConfirmed',
        correlationId: paid.correlationId,
        causationId: paid.id,
        data: expect.objectContaining({ items: reserved.data.items, total: reserved.data.total }),
      }),
    ]);
    expect(await view()).toMatchObject({ status: 'CONFIRMED' });
  });

  it('cancels the order on PaymentFailed and publishes OrderCancelled as PAYMENT_DECLINED', async () => {
    const { receive, declined, outcomes, view } = await receiverOn();

    await receive(sqsBatch(deliver(declined)), lambdaContext);

    expect(OrderCancelledV1.validate(outcomes.published[0]?.data)).toBe(true);
    expect(outcomes.published[0]).toMatchObject({ type: 'OrderCancelled', data: { reason: 'PAYMENT_DECLINED' } });
    expect(await view()).toMatchObject({ status: 'CANCELLED', reason: 'PAYMENT_DECLINED' });
  });
});

describe('the payment-outcome receiver and deliveries out of order or twice', () => {
  it('returns a payment outcome that overtook its reservation, for the queue to bring back later', async () => {
    const { receive, saga, paid, reserved, outcomes } = await receiverOn({ reserved: false });

    // A batch whose every record failed is thrown, so Lambda returns all of it to the queue.
    const early = receive(sqsBatch(snsDeliveries.notification(paid)), lambdaContext);
    await expect(early).rejects.toMatchObject({ name: 'BatchFailedError' });
    await saga.inventoryReserved(reserved);
    const later = await receive(sqsBatch(snsDeliveries.notification(paid, 2)), lambdaContext);

    expect(later).toEqual({ batchItemFailures: [] });
    expect(outcomes.published.map(({ type }) => type)).toEqual(['OrderConfirmed']);
  });

  it('publishes the recorded OrderConfirmed again for a redelivered PaymentSucceeded, and nothing new', async () => {
    const { receive, paid, outcomes, view } = await receiverOn();
    await receive(sqsBatch(snsDeliveries.notification(paid)), lambdaContext);
    const timeline = (await view()).timeline;

    const response = await receive(sqsBatch(snsDeliveries.notification(paid, 2)), lambdaContext);

    expect(response).toEqual({ batchItemFailures: [] });
    expect(outcomes.published).toHaveLength(2);
    expect(outcomes.published[1]).toEqual(outcomes.published[0]);
    expect((await view()).timeline).toEqual(timeline);
  });

  it('keeps a contradicting PaymentFailed after the confirmation in the timeline only', async () => {
    const { receive, paid, declined, outcomes, view } = await receiverOn();

    await receive(sqsBatch(snsDeliveries.notification(paid), snsDeliveries.notification(declined)), lambdaContext);

    expect(outcomes.published.map(({ type }) => type)).toEqual(['OrderConfirmed']);
    expect(await view()).toMatchObject({ status: 'CONFIRMED' });
    expect((await view()).timeline.map(({ type }) => type)).toContain('PaymentFailed');
  });
});
