// First: the receiver module loads its settings at import, as in Lambda.
import '../helpers/environment.js';
import type { SQSBatchResponse } from 'aws-lambda';
import { createReserveStockReceiver } from '../../src/receivers/reserve-stock.js';
import { examples } from '../helpers/catalog-examples.js';
import { stockedInventory } from '../helpers/inventory-fixture.js';
import { lambdaContext, snsDeliveries, sqsBatch, textRecord } from '@commerce/testing';

const receiverOn = async (time?: string) => {
  const inventory = await stockedInventory(time);
  return { ...inventory, receive: createReserveStockReceiver(inventory.reserver) };
};

describe.each(Object.entries(snsDeliveries))('the reserve-stock receiver, SNS delivery %s', (_delivery, deliver) => {
  it("turns the catalog's OrderPlaced into the catalog's InventoryReserved", async () => {
    const expected = examples.tshirtsAndMug.reserved();
    const { receive, handoffs, identities } = await receiverOn(expected.time);

    const response = await receive(sqsBatch(deliver(examples.tshirtsAndMug.placed())), lambdaContext);

    expect(response).toEqual({ batchItemFailures: [] });
    expect(handoffs.published).toEqual([{ ...expected, id: identities.issued[0] }]);
  });

  it('reserves once for an order delivered twice in one batch', async () => {
    const { receive, handoffs, stock } = await receiverOn();
    const placed = examples.tshirtsAndMug.placed();

    await receive(sqsBatch(deliver(placed), deliver(placed)), lambdaContext);

    expect(await stock.getStock('MUG-11OZ')).toMatchObject({ available: 4, reserved: 1 });
    expect(new Set(handoffs.published.map(({ id }) => id)).size).toBe(1);
  });
});

describe('the reserve-stock receiver reports per record, so only failed records come back', () => {
  it('returns only the record whose publish failed; the queue redelivers it', async () => {
    const { receive, handoffs } = await receiverOn();
    const [failing, fine] = [
      snsDeliveries.notification(examples.tshirtsAndMug.placed()),
      snsDeliveries.notification(examples.threeHoodies.placed()),
    ];
    handoffs.failNext();

    const response = (await receive(sqsBatch(failing, fine), lambdaContext)) as SQSBatchResponse;

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: failing.messageId }]);
    expect(handoffs.published.map(({ type }) => type)).toEqual(['InventoryReservationFailed']);
  });

  it.each([
    ['an event type it does not accept', snsDeliveries.notification(examples.tshirtsAndMug.paid())],
    ['a body that is not JSON', textRecord('<Notification/>')],
    [
      'an OrderPlaced that breaks its contract',
      snsDeliveries.notification({ ...examples.tshirtsAndMug.placed(), data: { orderId: 'o-1' } }),
    ],
  ])('returns %s for the DLQ and handles the rest of the batch', async (_case, poison) => {
    const { receive, handoffs } = await receiverOn();
    const fine = snsDeliveries.notification(examples.tshirtsAndMug.placed());

    const response = (await receive(sqsBatch(poison, fine), lambdaContext)) as SQSBatchResponse;

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: poison.messageId }]);
    expect(handoffs.published.map(({ type }) => type)).toEqual(['InventoryReserved']);
  });

  it('fails the whole invocation when every record failed, so a misconfigured mapping cannot drop them', async () => {
    const { receive } = await receiverOn();
    await expect(receive(sqsBatch(textRecord('not json')), lambdaContext)).rejects.toMatchObject({
      name: 'BatchFailedError',
    });
  });
});
