// First: the entry point loads its settings at import, as in Lambda.
import '../helpers/environment.js';
import { lambdaContext, snsDeliveries, sqsBatch, textRecord } from '@commerce/testing';
import { createChargeReceiver } from '../../src/receivers/charge.js';
import type { ChargeQueue } from '../../src/store/charge-queue.js';
import { chargerFixture } from '../helpers/charger-fixture.js';
import { reservedOrder } from '../helpers/examples.js';

/** A charge queue that records which receipt handles it hid, for how long. */
const recordingQueue = () => {
  const hidden: { receiptHandle: string; seconds: number }[] = [];
  const queue: ChargeQueue = { hide: async (receiptHandle, seconds) => void hidden.push({ receiptHandle, seconds }) };
  return { queue, hidden };
};

describe('the charge receiver', () => {
  it('charges an InventoryReserved delivered by SNS and reports nothing failed', async () => {
    const fixture = chargerFixture();
    const { queue } = recordingQueue();
    const handler = createChargeReceiver(fixture.charger, queue);

    const response = await handler(sqsBatch(snsDeliveries.notification(reservedOrder('tok_ok'))), lambdaContext);

    expect(response).toEqual({ batchItemFailures: [] });
    expect(fixture.handoffs.published.map((event) => event.type)).toEqual(['PaymentSucceeded']);
  });

  it('hides a record the provider failed on for the backoff, and reports it failed so SQS brings it back', async () => {
    const fixture = chargerFixture();
    const { queue, hidden } = recordingQueue();
    const handler = createChargeReceiver(fixture.charger, queue);
    const flaky = snsDeliveries.notification(reservedOrder('tok_flaky'));
    const paid = snsDeliveries.notification(reservedOrder('tok_ok'));
    paid.body = paid.body.replaceAll(reservedOrder().data.orderId, '7c2d8e4f-1a3b-4c5d-8e9f-0a1b2c3d4e5f');

    const response = await handler(sqsBatch(flaky, paid), lambdaContext);

    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: flaky.messageId }] });
    expect(hidden).toEqual([{ receiptHandle: flaky.receiptHandle, seconds: 1 }]);
  });

  it('fails the invocation when its only record cannot be handled, so Lambda deletes nothing', async () => {
    const fixture = chargerFixture();
    const handler = createChargeReceiver(fixture.charger, recordingQueue().queue);

    await expect(handler(sqsBatch(textRecord('not json')), lambdaContext)).rejects.toThrow('All 1 record(s)');
    expect(fixture.provider.requests).toEqual([]);
  });
});
