// First: the receiver module loads its settings at import, as in Lambda.
import '../helpers/environment.js';
import type { SQSBatchResponse } from 'aws-lambda';
import { allDeliveries, catalogExample, lambdaContext, sqsBatch, textRecord } from '@commerce/testing';
import { createNotifyCustomerReceiver } from '../../src/receivers/notify-customer.js';
import { notifierFixture } from '../helpers/notifier-fixture.js';

const receiverOn = () => {
  const fixture = notifierFixture();
  return { ...fixture, receive: createNotifyCustomerReceiver(fixture.notifier) };
};

describe.each(Object.entries(allDeliveries))('the notify-customer receiver, delivery %s', (_how, deliver) => {
  it('sends one message per order outcome, however often the outcome arrives', async () => {
    const { receive, provider, outcomes, confirmed, declined } = receiverOn();

    const response = await receive(
      sqsBatch(deliver(confirmed), deliver(declined), deliver(confirmed, 2), deliver(declined, 2)),
      lambdaContext,
    );

    expect(response).toEqual({ batchItemFailures: [] });
    expect(provider.sent.map((message) => [message.orderId, message.template])).toEqual([
      [confirmed.data.orderId, 'order-confirmed'],
      [declined.data.orderId, 'order-cancelled'],
    ]);
    expect(new Set(outcomes.published.map((event) => event.id)).size).toBe(2);
  });
});

describe('the notify-customer receiver and records it cannot use', () => {
  it('fails only a record that is not JSON or an event it does not take, for the DLQ to keep', async () => {
    const { receive, provider, confirmed } = receiverOn();
    const garbage = textRecord('{');
    const placed = allDeliveries.eventBridge(catalogExample('OrderPlaced', 'two T-shirts and a mug'));

    const response = (await receive(
      sqsBatch(garbage, placed, allDeliveries.eventBridge(confirmed)),
      lambdaContext,
    )) as SQSBatchResponse;

    expect(response.batchItemFailures).toEqual([
      { itemIdentifier: garbage.messageId },
      { itemIdentifier: placed.messageId },
    ]);
    expect(provider.sent).toHaveLength(1);
  });

  it('returns the record for a retry when the provider fails, and sends it then', async () => {
    const { receive, provider, confirmed } = receiverOn();
    provider.failNext();

    await expect(receive(sqsBatch(allDeliveries.eventBridge(confirmed)), lambdaContext)).rejects.toMatchObject({
      name: 'BatchFailedError',
    });
    const retry = await receive(sqsBatch(allDeliveries.eventBridge(confirmed, 2)), lambdaContext);

    expect(retry).toEqual({ batchItemFailures: [] });
    expect(provider.sent).toHaveLength(1);
  });
});
