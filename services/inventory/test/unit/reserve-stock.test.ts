import { randomUUID } from 'node:crypto';
import type { OrderPlacedV1Event } from '@commerce/contracts';
import { CommerceError } from '@commerce/shared-core';
import { createStockReserver } from '../../src/domain/reserve-stock.js';
import { examples } from '../helpers/catalog-examples.js';
import { stockedInventory } from '../helpers/inventory-fixture.js';

const withItems = (placed: OrderPlacedV1Event, items: OrderPlacedV1Event['data']['items']): OrderPlacedV1Event => ({
  ...placed,
  data: { ...placed.data, items },
});

describe('reserving stock for a placed order', () => {
  it("reserves every line at its listed price and hands payments the catalog's InventoryReserved", async () => {
    const expected = examples.tshirtsAndMug.reserved();
    const { reserver, handoffs, identities } = await stockedInventory(expected.time);

    expect(await reserver.reserve(examples.tshirtsAndMug.placed())).toBe('reserved');

    expect(handoffs.published).toEqual([{ ...expected, id: identities.issued[0] }]);
  });

  it('moves the ordered units from available to reserved', async () => {
    const { reserver, stock } = await stockedInventory();
    await reserver.reserve(examples.tshirtsAndMug.placed());
    expect(await stock.getStock('TSHIRT-BLK-M')).toEqual({
      sku: 'TSHIRT-BLK-M',
      available: 8,
      reserved: 2,
      price: 1999,
    });
    expect(await stock.getStock('MUG-11OZ')).toEqual({ sku: 'MUG-11OZ', available: 4, reserved: 1, price: 1250 });
  });

  it("rejects an order it cannot cover, holds nothing, and says why as the catalog's example does", async () => {
    const expected = examples.threeHoodies.failed();
    const { reserver, handoffs, stock, identities } = await stockedInventory(expected.time);

    expect(await reserver.reserve(examples.threeHoodies.placed())).toBe('rejected');

    expect(handoffs.published).toEqual([{ ...expected, id: identities.issued[0] }]);
    expect(await stock.getStock('HOODIE-GRY-L')).toMatchObject({ available: 1, reserved: 0 });
  });

  it('holds no line at all when only one of them is short', async () => {
    const { reserver, stock } = await stockedInventory();
    const placed = withItems(examples.tshirtsAndMug.placed(), [
      { sku: 'TSHIRT-BLK-M', quantity: 2 },
      { sku: 'HOODIE-GRY-L', quantity: 2 },
    ]);
    expect(await reserver.reserve(placed)).toBe('rejected');
    expect(await stock.getStock('TSHIRT-BLK-M')).toMatchObject({ available: 10, reserved: 0 });
  });

  it('names UNKNOWN_SKU when any line is not listed, with 0 available for it', async () => {
    const { reserver, handoffs } = await stockedInventory();
    const placed = withItems(examples.tshirtsAndMug.placed(), [
      { sku: 'POSTER-A2-2019', quantity: 1 },
      { sku: 'HOODIE-GRY-L', quantity: 2 },
    ]);
    await reserver.reserve(placed);
    expect(handoffs.published[0]?.data).toMatchObject({
      reason: 'UNKNOWN_SKU',
      unavailable: [
        { sku: 'POSTER-A2-2019', requested: 1, available: 0 },
        { sku: 'HOODIE-GRY-L', requested: 2, available: 1 },
      ],
    });
  });

  it('treats a SKU repeated on two lines as one line', async () => {
    const { reserver, handoffs, stock } = await stockedInventory();
    const placed = withItems(examples.tshirtsAndMug.placed(), [
      { sku: 'MUG-11OZ', quantity: 2 },
      { sku: 'MUG-11OZ', quantity: 3 },
    ]);
    expect(await reserver.reserve(placed)).toBe('reserved');
    expect(handoffs.published[0]?.data).toMatchObject({ items: [{ sku: 'MUG-11OZ', quantity: 5 }], total: 6250 });
    expect(await stock.getStock('MUG-11OZ')).toMatchObject({ available: 0, reserved: 5 });
  });

  it('never keeps the payment token: it is taken from the OrderPlaced being handled', async () => {
    const { reserver, reservations } = await stockedInventory();
    const placed = examples.tshirtsAndMug.placed();
    await reserver.reserve(placed);
    expect(JSON.stringify(await reservations.getReservation(placed.data.orderId))).not.toContain(
      placed.data.paymentToken,
    );
  });
});

describe('reserving stock again for the same order (redelivery)', () => {
  it('holds nothing more and republishes the very same InventoryReserved', async () => {
    const { reserver, handoffs, stock } = await stockedInventory();
    const placed = examples.tshirtsAndMug.placed();
    await reserver.reserve(placed);

    expect(await reserver.reserve(placed)).toBe('republished');

    expect(handoffs.published).toHaveLength(2);
    expect(handoffs.published[1]).toEqual(handoffs.published[0]);
    expect(await stock.getStock('MUG-11OZ')).toMatchObject({ available: 4, reserved: 1 });
  });

  it('keeps a rejection a rejection, even after a restock', async () => {
    const { reserver, handoffs, stock } = await stockedInventory();
    const placed = examples.threeHoodies.placed();
    await reserver.reserve(placed);
    await stock.setStock('HOODIE-GRY-L', { available: 50, price: 4500 });

    expect(await reserver.reserve(placed)).toBe('republished');

    expect(handoffs.published.map(({ type }) => type)).toEqual([
      'InventoryReservationFailed',
      'InventoryReservationFailed',
    ]);
    expect(await stock.getStock('HOODIE-GRY-L')).toMatchObject({ available: 50, reserved: 0 });
  });

  it('publishes nothing once the payment outcome has settled the reservation', async () => {
    const { reserver, settler, handoffs } = await stockedInventory();
    await reserver.reserve(examples.tshirtsAndMug.placed());
    await settler.settle(examples.tshirtsAndMug.paid());

    expect(await reserver.reserve(examples.tshirtsAndMug.placed())).toBe('already-settled');
    expect(handoffs.published).toHaveLength(1);
  });

  it('publishes the recorded event when the first delivery crashed between its write and its publish', async () => {
    const { reserver, handoffs, identities } = await stockedInventory();
    const placed = examples.tshirtsAndMug.placed();
    handoffs.failNext();

    await expect(reserver.reserve(placed)).rejects.toMatchObject({ retryable: true });
    expect(await reserver.reserve(placed)).toBe('republished');

    expect(handoffs.published.map(({ id }) => id)).toEqual([identities.issued[0]]);
  });
});

describe('reserving while other orders move the same stock', () => {
  it('reads again and rejects when the last units go between its read and its write', async () => {
    const inventory = await stockedInventory();
    const rival = withItems(examples.threeHoodies.placed(), [{ sku: 'HOODIE-GRY-L', quantity: 1 }]);
    const rivalReserver = createStockReserver({ ...inventory, currency: 'EUR' });
    let reads = 0;
    const reserver = createStockReserver({
      ...inventory,
      currency: 'EUR',
      stock: {
        readStock: async (skus) => {
          const levels = await inventory.stock.readStock(skus);
          if ((reads += 1) === 1)
            await rivalReserver.reserve({ ...rival, data: { ...rival.data, orderId: randomUUID() } });
          return levels;
        },
      },
    });
    const placed = withItems(examples.tshirtsAndMug.placed(), [{ sku: 'HOODIE-GRY-L', quantity: 1 }]);

    expect(await reserver.reserve(placed)).toBe('rejected');

    expect(reads).toBe(2);
    expect(await inventory.stock.getStock('HOODIE-GRY-L')).toMatchObject({ available: 0, reserved: 1 });
  });

  it('reserves at the new price when the price changed between its read and its write', async () => {
    const inventory = await stockedInventory();
    let reads = 0;
    const reserver = createStockReserver({
      ...inventory,
      currency: 'EUR',
      stock: {
        readStock: async (skus) => {
          const levels = await inventory.stock.readStock(skus);
          if ((reads += 1) === 1) await inventory.stock.setStock('MUG-11OZ', { available: 5, price: 1400 });
          return levels;
        },
      },
    });
    const placed = withItems(examples.tshirtsAndMug.placed(), [{ sku: 'MUG-11OZ', quantity: 2 }]);

    expect(await reserver.reserve(placed)).toBe('reserved');

    expect(inventory.handoffs.published[0]?.data).toMatchObject({
      items: [{ sku: 'MUG-11OZ', quantity: 2, unitPrice: 1400 }],
      total: 2800,
    });
  });

  it('gives up with a retryable error, publishing nothing, when the stock never holds still', async () => {
    const inventory = await stockedInventory();
    let holds = 0;
    const reserver = createStockReserver({
      ...inventory,
      currency: 'EUR',
      reservations: { ...inventory.reservations, hold: async () => ((holds += 1), 'stock-changed') },
    });

    const failure = reserver.reserve(examples.tshirtsAndMug.placed());

    await expect(failure).rejects.toBeInstanceOf(CommerceError);
    await expect(failure).rejects.toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE', retryable: true });
    expect(holds).toBe(5);
    expect(inventory.handoffs.published).toEqual([]);
  });
});
