// First: the receiver module loads its settings at import, as in Lambda.
import '../helpers/environment.js';
import type { SQSBatchResponse } from 'aws-lambda';
import { OrderCancelledV1 } from '@commerce/contracts';
import { lambdaContext, snsDeliveries, sqsBatch, textRecord } from '@commerce/testing';
import { createInventoryOutcomeReceiver } from '../../src/receivers/inventory-outcome.js';
import { placedTshirtsAndMug } from '../helpers/saga-fixture.js';

/** The catalog's T-shirt order placed, and the real receiver on the fixture's saga. */
const receiverOn = async () => {
  const fixture = await placedTshirtsAndMug();
  return { ...fixture, receive: createInventoryOutcomeReceiver(fixture.saga) };
};

describe.each(Object.entries(snsDeliveries))('the inventory-outcome receiver, SNS delivery %s', (_how, deliver) => {
  it('records the prices of InventoryReserved and keeps the order PENDING, publishing nothing', async () => {
    const { receive, reserved, outcomes, view } = await receiverOn();

    const response = await receive(sqsBatch(deliver(reserved)), lambdaContext);

    expect(response).toEqual({ batchItemFailures: [] });
    expect(await view()).toMatchObject({
      status: 'PENDING',
      items: reserved.data.items,
      total: reserved.data.total,
      currency: reserved.data.currency,
    });
    expect(outcomes.published).toEqual([]);
  });

  it('cancels the order on InventoryReservationFailed and publishes OrderCancelled with its reason', async () => {
    const { receive, unknownSku, outcomes, view } = await receiverOn();

    const response = await receive(sqsBatch(deliver(unknownSku)), lambdaContext);

    expect(response).toEqual({ batchItemFailures: [] });
    expect(outcomes.published).toHaveLength(1);
    expect(OrderCancelledV1.validate(outcomes.published[0]?.data)).toBe(true);
    expect(outcomes.published[0]).toMatchObject({
      type: 'OrderCancelled',
      causationId: unknownSku.id,
      data: { reason: 'UNKNOWN_SKU' },
    });
    expect(await view()).toMatchObject({ status: 'CANCELLED', reason: 'UNKNOWN_SKU' });
  });
});

describe('the inventory-outcome receiver and records it cannot apply', () => {
  it('returns an event about an order it does not know yet, and applies the rest of the batch', async () => {
    const { receive, reserved, view } = await receiverOn();
    const early = snsDeliveries.notification({
      ...reserved,
      id: '7d3e9f1a-2b4c-4d5e-8f6a-9b0c1d2e3f4a',
      data: { ...reserved.data, orderId: '2e4f6a8b-1c3d-4e5f-9a7b-8c9d0e1f2a3b' },
    });
    const known = snsDeliveries.notification(reserved);

    const response = (await receive(sqsBatch(early, known), lambdaContext)) as SQSBatchResponse;

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: early.messageId }]);
    expect((await view()).total).toBe(reserved.data.total);
  });

  it('reports a record that is not JSON, or an event it does not accept, as failed (its DLQ keeps it)', async () => {
    const { receive, paid, reserved, view } = await receiverOn();
    const garbage = textRecord('not json');
    const foreign = snsDeliveries.notification(paid);

    const response = (await receive(
      sqsBatch(garbage, foreign, snsDeliveries.notification(reserved)),
      lambdaContext,
    )) as SQSBatchResponse;

    expect(response.batchItemFailures).toEqual([
      { itemIdentifier: garbage.messageId },
      { itemIdentifier: foreign.messageId },
    ]);
    expect(await view()).toMatchObject({ status: 'PENDING', total: reserved.data.total });
  });
});
