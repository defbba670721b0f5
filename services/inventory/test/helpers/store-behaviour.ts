import { randomUUID } from 'node:crypto';
import type { FailedReservation, HeldReservation, SettledReservation } from '../../src/domain/reservation.js';
import type { ReservationStore } from '../../src/domain/reservation-store.js';
import type { StockStore } from '../../src/domain/stock-levels.js';

export interface Stores {
  stock: StockStore;
  reservations: ReservationStore;
}

let skus = 0;
/** A SKU no other case uses, so the cases can share one pair of real tables. */
const newSku = (prefix: string) => `${prefix}-${process.pid}-${(skus += 1)}`;

const recorded = (orderId: string) => ({
  id: randomUUID(),
  time: '2025-03-14T09:26:54.012Z',
  correlationId: randomUUID(),
  causationId: orderId,
});

const held = (lines: HeldReservation['lines']): HeldReservation => {
  const orderId = randomUUID();
  const total = lines.reduce((sum, { quantity, unitPrice }) => sum + quantity * unitPrice, 0);
  return {
    orderId,
    status: 'RESERVED',
    customerId: randomUUID(),
    lines,
    total,
    currency: 'EUR',
    outcome: recorded(orderId),
  };
};

const settled = (reservation: HeldReservation, status: SettledReservation['status']): SettledReservation => ({
  ...reservation,
  status,
  settlement: recorded(reservation.orderId),
});

const failed = (sku: string): FailedReservation => {
  const orderId = randomUUID();
  const unavailable = [{ sku, requested: 3, available: 1 }];
  return { orderId, status: 'FAILED', reason: 'OUT_OF_STOCK', unavailable, outcome: recorded(orderId) };
};

/**
 * What every implementation of the stores must do, as named cases: the unit tests run them on the
 * in-memory fake, the integration tests on the DynamoDB tables of the local cloud.
 *
 * @example
 * it.each(Object.entries(storeBehaviours))('%s', (_name, assertBehaviour) => assertBehaviour(stores()));
 */
export const storeBehaviours: Record<string, (stores: Stores) => Promise<void>> = {
  'lists a new SKU with nothing reserved': async ({ stock }) => {
    const sku = newSku('NEW');
    expect(await stock.setStock(sku, { available: 5, price: 1250 })).toEqual({
      sku,
      available: 5,
      reserved: 0,
      price: 1250,
    });
    expect(await stock.getStock(sku)).toEqual({ sku, available: 5, reserved: 0, price: 1250 });
  },

  'does not know a SKU that was never set': async ({ stock }) => {
    expect(await stock.getStock(newSku('NEVER'))).toBeUndefined();
  },

  'reads several SKUs at once and leaves unknown ones out': async ({ stock }) => {
    const [mug, cap] = [newSku('MUG'), newSku('CAP')];
    await stock.setStock(mug, { available: 2, price: 1250 });
    const levels = await stock.readStock([mug, cap]);
    expect([...levels.keys()]).toEqual([mug]);
    expect(levels.get(mug)).toEqual({ sku: mug, available: 2, reserved: 0, price: 1250 });
  },

  'holds every line and records the reservation together': async ({ stock, reservations }) => {
    const [shirt, mug] = [newSku('SHIRT'), newSku('MUG')];
    await stock.setStock(shirt, { available: 10, price: 1999 });
    await stock.setStock(mug, { available: 1, price: 1250 });
    const reservation = held([
      { sku: shirt, quantity: 2, unitPrice: 1999 },
      { sku: mug, quantity: 1, unitPrice: 1250 },
    ]);

    expect(await reservations.hold(reservation)).toBe('held');

    expect(await stock.getStock(shirt)).toMatchObject({ available: 8, reserved: 2 });
    expect(await stock.getStock(mug)).toMatchObject({ available: 0, reserved: 1 });
    expect(await reservations.getReservation(reservation.orderId)).toEqual(reservation);
  },

  'holds nothing when one line is short': async ({ stock, reservations }) => {
    const [shirt, mug] = [newSku('SHIRT'), newSku('MUG')];
    await stock.setStock(shirt, { available: 10, price: 1999 });
    await stock.setStock(mug, { available: 1, price: 1250 });
    const reservation = held([
      { sku: shirt, quantity: 2, unitPrice: 1999 },
      { sku: mug, quantity: 2, unitPrice: 1250 },
    ]);

    expect(await reservations.hold(reservation)).toBe('stock-changed');

    expect(await stock.getStock(shirt)).toMatchObject({ available: 10, reserved: 0 });
    expect(await reservations.getReservation(reservation.orderId)).toBeUndefined();
  },

  'holds nothing for a SKU that is not listed': async ({ reservations }) => {
    const reservation = held([{ sku: newSku('GONE'), quantity: 1, unitPrice: 100 }]);
    expect(await reservations.hold(reservation)).toBe('stock-changed');
    expect(await reservations.getReservation(reservation.orderId)).toBeUndefined();
  },

  'holds nothing when the price changed since it was read': async ({ stock, reservations }) => {
    const mug = newSku('MUG');
    await stock.setStock(mug, { available: 5, price: 1350 });
    expect(await reservations.hold(held([{ sku: mug, quantity: 1, unitPrice: 1250 }]))).toBe('stock-changed');
    expect(await stock.getStock(mug)).toMatchObject({ available: 5, reserved: 0 });
  },

  'keeps reserved units when an administrator sets a new level': async ({ stock, reservations }) => {
    const mug = newSku('MUG');
    await stock.setStock(mug, { available: 5, price: 1250 });
    await reservations.hold(held([{ sku: mug, quantity: 2, unitPrice: 1250 }]));
    expect(await stock.setStock(mug, { available: 40, price: 1300 })).toEqual({
      sku: mug,
      available: 40,
      reserved: 2,
      price: 1300,
    });
  },

  'never holds twice for one order': async ({ stock, reservations }) => {
    const mug = newSku('MUG');
    await stock.setStock(mug, { available: 5, price: 1250 });
    const reservation = held([{ sku: mug, quantity: 2, unitPrice: 1250 }]);
    await reservations.hold(reservation);

    expect(await reservations.hold(reservation)).toBe('already-recorded');
    expect(await stock.getStock(mug)).toMatchObject({ available: 3, reserved: 2 });
  },

  'records a failed reservation once': async ({ reservations }) => {
    const failure = failed(newSku('HOODIE'));
    expect(await reservations.recordFailure(failure)).toBe('recorded');
    expect(await reservations.recordFailure({ ...failure, reason: 'UNKNOWN_SKU' })).toBe('already-recorded');
    expect(await reservations.getReservation(failure.orderId)).toEqual(failure);
  },

  'commits a reservation: its units leave reserved for good': async ({ stock, reservations }) => {
    const mug = newSku('MUG');
    await stock.setStock(mug, { available: 5, price: 1250 });
    const reservation = held([{ sku: mug, quantity: 2, unitPrice: 1250 }]);
    await reservations.hold(reservation);

    expect(await reservations.settle(settled(reservation, 'COMMITTED'))).toBe('settled');

    expect(await stock.getStock(mug)).toMatchObject({ available: 3, reserved: 0 });
    expect(await reservations.getReservation(reservation.orderId)).toMatchObject({ status: 'COMMITTED' });
  },

  'releases a reservation: its units can be sold again': async ({ stock, reservations }) => {
    const mug = newSku('MUG');
    await stock.setStock(mug, { available: 5, price: 1250 });
    const reservation = held([{ sku: mug, quantity: 2, unitPrice: 1250 }]);
    await reservations.hold(reservation);

    expect(await reservations.settle(settled(reservation, 'RELEASED'))).toBe('settled');

    expect(await stock.getStock(mug)).toMatchObject({ available: 5, reserved: 0 });
  },

  'settles a reservation only once, and only one that is held': async ({ stock, reservations }) => {
    const mug = newSku('MUG');
    await stock.setStock(mug, { available: 5, price: 1250 });
    const reservation = held([{ sku: mug, quantity: 2, unitPrice: 1250 }]);
    await reservations.hold(reservation);
    await reservations.settle(settled(reservation, 'RELEASED'));

    expect(await reservations.settle(settled(reservation, 'RELEASED'))).toBe('not-reserved');
    expect(await reservations.settle(settled(reservation, 'COMMITTED'))).toBe('not-reserved');
    expect(await reservations.settle(settled(held([{ sku: mug, quantity: 1, unitPrice: 1250 }]), 'COMMITTED'))).toBe(
      'not-reserved',
    );
    expect(await stock.getStock(mug)).toMatchObject({ available: 5, reserved: 0 });
  },
};
