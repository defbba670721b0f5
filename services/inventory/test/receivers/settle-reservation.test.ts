// First: the receiver module loads its settings at import, as in Lambda.
import '../helpers/environment.js';
import type { SQSBatchResponse } from 'aws-lambda';
import { createSettleReservationReceiver } from '../../src/receivers/settle-reservation.js';
import { examples } from '../helpers/catalog-examples.js';
import { stockedInventory } from '../helpers/inventory-fixture.js';
import { lambdaContext, snsDeliveries, sqsBatch } from '@commerce/testing';

/** The catalog's T-shirt and sneaker orders reserved, waiting for their payment outcomes. */
const receiverOn = async (time?: string) => {
  const inventory = await stockedInventory(time);
  await inventory.reserver.reserve(examples.tshirtsAndMug.placed());
  await inventory.reserver.reserve(examples.declinedSneakers.placed());
  return { ...inventory, receive: createSettleReservationReceiver(inventory.settler) };
};

describe.each(Object.entries(snsDeliveries))(
  'the settle-reservation receiver, SNS delivery %s',
  (_delivery, deliver) => {
    it("commits on the catalog's PaymentSucceeded and publishes its InventoryCommitted", async () => {
      const expected = examples.tshirtsAndMug.committed();
      const { receive, outcomes, identities } = await receiverOn(expected.time);

      const response = await receive(sqsBatch(deliver(examples.tshirtsAndMug.paid())), lambdaContext);

      expect(response).toEqual({ batchItemFailures: [] });
      expect(outcomes.published).toEqual([{ ...expected, id: identities.issued[2] }]);
    });

    it("releases on the catalog's PaymentFailed and publishes its InventoryReleased", async () => {
      const expected = examples.declinedSneakers.released();
      const { receive, outcomes, stock, identities } = await receiverOn(expected.time);

      await receive(sqsBatch(deliver(examples.declinedSneakers.declined())), lambdaContext);

      expect(outcomes.published).toEqual([{ ...expected, id: identities.issued[2] }]);
      expect(await stock.getStock('SNEAKER-WHT-42')).toMatchObject({ available: 3, reserved: 0 });
    });
  },
);

describe('the settle-reservation receiver and outcomes that cannot be applied yet or ever', () => {
  it('returns a payment outcome that overtook its reservation, for the queue to bring back later', async () => {
    const { receive, outcomes } = await receiverOn();
    const paid = examples.tshirtsAndMug.paid();
    const early = snsDeliveries.notification({
      ...paid,
      data: { ...paid.data, orderId: '9c6f3b0e-8a0e-4d0c-9a55-3c3f52f1f0aa' },
    });
    const onTime = snsDeliveries.notification(paid);

    const response = (await receive(sqsBatch(early, onTime), lambdaContext)) as SQSBatchResponse;

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: early.messageId }]);
    expect(outcomes.published.map(({ type }) => type)).toEqual(['InventoryCommitted']);
  });

  it('returns an outcome that contradicts the settled reservation, and keeps the stock as it was', async () => {
    const { receive, stock } = await receiverOn();
    await receive(sqsBatch(snsDeliveries.notification(examples.tshirtsAndMug.paid())), lambdaContext);
    const declined = examples.declinedSneakers.declined();
    const contradiction = snsDeliveries.notification({
      ...declined,
      data: { ...declined.data, orderId: examples.tshirtsAndMug.paid().data.orderId },
    });
    const fine = snsDeliveries.notification(declined);

    const response = (await receive(sqsBatch(contradiction, fine), lambdaContext)) as SQSBatchResponse;

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: contradiction.messageId }]);
    expect(await stock.getStock('MUG-11OZ')).toMatchObject({ available: 4, reserved: 0 });
  });
});
