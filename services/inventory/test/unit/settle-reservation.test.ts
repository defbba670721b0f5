import type { PaymentFailedV1Event, PaymentSucceededV1Event } from '@commerce/contracts';
import { ConflictingPaymentOutcomeError, ReservationNotFoundError } from '../../src/domain/errors.js';
import { createReservationSettler } from '../../src/domain/settle-reservation.js';
import { examples } from '../helpers/catalog-examples.js';
import { stockedInventory } from '../helpers/inventory-fixture.js';

/** The T-shirts and mug reserved, as the saga leaves them before payment. */
const reservedTshirtsAndMug = async (time?: string) => {
  const inventory = await stockedInventory(time);
  await inventory.reserver.reserve(examples.tshirtsAndMug.placed());
  return inventory;
};

/** PaymentFailed for the T-shirts order: the catalog's declined payment, moved onto that order. */
const tshirtsDeclined = (): PaymentFailedV1Event => {
  const declined = examples.declinedSneakers.declined();
  return { ...declined, data: { ...declined.data, orderId: examples.tshirtsAndMug.placed().data.orderId } };
};

describe('settling a reservation when the payment outcome arrives', () => {
  it("commits on PaymentSucceeded: the units leave, and the catalog's InventoryCommitted goes to the bus", async () => {
    const expected = examples.tshirtsAndMug.committed();
    const { settler, outcomes, stock, identities } = await reservedTshirtsAndMug(expected.time);

    expect(await settler.settle(examples.tshirtsAndMug.paid())).toBe('committed');

    expect(outcomes.published).toEqual([{ ...expected, id: identities.issued[1] }]);
    expect(await stock.getStock('TSHIRT-BLK-M')).toMatchObject({ available: 8, reserved: 0 });
    expect(await stock.getStock('MUG-11OZ')).toMatchObject({ available: 4, reserved: 0 });
  });

  it("releases on PaymentFailed: the units are back on sale, and the catalog's InventoryReleased goes out", async () => {
    const expected = examples.declinedSneakers.released();
    const inventory = await stockedInventory(expected.time);
    await inventory.reserver.reserve(examples.declinedSneakers.placed());

    expect(await inventory.settler.settle(examples.declinedSneakers.declined())).toBe('released');

    expect(inventory.outcomes.published).toEqual([{ ...expected, id: inventory.identities.issued[1] }]);
    expect(await inventory.stock.getStock('SNEAKER-WHT-42')).toMatchObject({ available: 3, reserved: 0 });
  });

  it('changes nothing for a duplicate outcome and republishes the very same event', async () => {
    const { settler, outcomes, stock } = await reservedTshirtsAndMug();
    await settler.settle(examples.tshirtsAndMug.paid());

    expect(await settler.settle(examples.tshirtsAndMug.paid())).toBe('republished');

    expect(outcomes.published).toHaveLength(2);
    expect(outcomes.published[1]).toEqual(outcomes.published[0]);
    expect(await stock.getStock('MUG-11OZ')).toMatchObject({ available: 4, reserved: 0 });
  });

  it('publishes the recorded event when the first delivery crashed between its write and its publish', async () => {
    const { settler, outcomes, identities } = await reservedTshirtsAndMug();
    outcomes.failNext();

    await expect(settler.settle(examples.tshirtsAndMug.paid())).rejects.toMatchObject({ retryable: true });
    expect(await settler.settle(examples.tshirtsAndMug.paid())).toBe('republished');

    expect(outcomes.published.map(({ id }) => id)).toEqual([identities.issued[1]]);
  });

  it('republishes the winner’s event when a concurrent duplicate settles first', async () => {
    const inventory = await reservedTshirtsAndMug();
    const winner = createReservationSettler(inventory);
    const settler = createReservationSettler({
      ...inventory,
      reservations: {
        ...inventory.reservations,
        settle: async (reservation) => {
          await winner.settle(examples.tshirtsAndMug.paid());
          return inventory.reservations.settle(reservation);
        },
      },
    });

    expect(await settler.settle(examples.tshirtsAndMug.paid())).toBe('republished');

    expect(inventory.outcomes.published.map(({ type }) => type)).toEqual(['InventoryCommitted', 'InventoryCommitted']);
    expect(inventory.outcomes.published[1]).toEqual(inventory.outcomes.published[0]);
  });
});

describe('payment outcomes that do not fit the reservation', () => {
  it('retries an outcome that overtook its reservation, and settles it once the reservation exists', async () => {
    const { reserver, settler, stock, outcomes } = await stockedInventory();
    const paid: PaymentSucceededV1Event = examples.tshirtsAndMug.paid();

    const early = settler.settle(paid);
    await expect(early).rejects.toBeInstanceOf(ReservationNotFoundError);
    await expect(early).rejects.toMatchObject({ retryable: true });
    expect(await stock.getStock('MUG-11OZ')).toMatchObject({ available: 5, reserved: 0 });
    expect(outcomes.published).toEqual([]);

    await reserver.reserve(examples.tshirtsAndMug.placed());
    expect(await settler.settle(paid)).toBe('committed');
  });

  it.each([
    ['PaymentFailed after the stock was committed', examples.tshirtsAndMug.paid(), tshirtsDeclined()],
    ['PaymentSucceeded after the stock was released', tshirtsDeclined(), examples.tshirtsAndMug.paid()],
  ])('sends %s to the DLQ, changing nothing', async (_case, first, contradiction) => {
    const { settler, stock } = await reservedTshirtsAndMug();
    await settler.settle(first);
    const before = await stock.getStock('MUG-11OZ');

    const failure = settler.settle(contradiction);

    await expect(failure).rejects.toBeInstanceOf(ConflictingPaymentOutcomeError);
    await expect(failure).rejects.toMatchObject({ retryable: false });
    expect(await stock.getStock('MUG-11OZ')).toEqual(before);
  });

  it('sends PaymentSucceeded for an order whose reservation failed to the DLQ', async () => {
    const { reserver, settler } = await stockedInventory();
    const rejected = examples.threeHoodies.placed();
    await reserver.reserve(rejected);
    const paid = examples.tshirtsAndMug.paid();

    await expect(
      settler.settle({ ...paid, data: { ...paid.data, orderId: rejected.data.orderId } }),
    ).rejects.toMatchObject({ name: 'ConflictingPaymentOutcomeError', retryable: false });
  });
});
