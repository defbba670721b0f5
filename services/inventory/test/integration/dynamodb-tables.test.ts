import { randomUUID } from 'node:crypto';
import type { OrderPlacedV1Event } from '@commerce/contracts';
import { createEvent } from '@commerce/shared-core/events';
import { OrderPlacedV1 } from '@commerce/contracts';
import { createStockReserver } from '../../src/domain/reserve-stock.js';
import { inventoryTables } from '../../src/store/tables.js';
import { startLocalInventoryCloud, type LocalInventoryCloud } from '../helpers/local-cloud.js';
import { createRecordingPublisher } from '@commerce/testing';
import { storeBehaviours, type Stores } from '../helpers/store-behaviour.js';

/** 40 orders through transactions the local cloud serialises: about 2 s alone, more on a busy machine. */
const RACE_TIMEOUT_MS = 30_000;

describe('inventory tables on the local cloud (DynamoDB transactions)', () => {
  let cloud: LocalInventoryCloud;
  let stores: Stores;

  beforeAll(async () => {
    cloud = await startLocalInventoryCloud();
    stores = inventoryTables(cloud.tables, cloud.documents);
  });

  afterAll(async () => {
    await cloud?.stop();
  });

  it.each(Object.entries(storeBehaviours))('%s', (_name, assertBehaviour) => assertBehaviour(stores));

  const orderFor = (items: OrderPlacedV1Event['data']['items']): OrderPlacedV1Event =>
    createEvent(
      OrderPlacedV1,
      {
        orderId: randomUUID(),
        customerId: randomUUID(),
        items,
        paymentToken: 'tok_visa',
        placedAt: new Date().toISOString(),
      },
      { source: 'orders' },
    );

  it(
    'never oversells when 40 orders race for 10 units of one SKU',
    async () => {
      await stores.stock.setStock('RACE-SOLO', { available: 10, price: 500 });
      const handoffs = createRecordingPublisher();
      const reserver = createStockReserver({ ...stores, handoffs, currency: 'EUR' });

      const outcomes = await Promise.all(
        Array.from({ length: 40 }, () => reserver.reserve(orderFor([{ sku: 'RACE-SOLO', quantity: 1 }]))),
      );

      expect(outcomes.filter((outcome) => outcome === 'reserved')).toHaveLength(10);
      expect(outcomes.filter((outcome) => outcome === 'rejected')).toHaveLength(30);
      expect(await stores.stock.getStock('RACE-SOLO')).toEqual({
        sku: 'RACE-SOLO',
        available: 0,
        reserved: 10,
        price: 500,
      });
      const publishedOf = (type: string) => handoffs.published.filter((event) => event.type === type);
      expect(publishedOf('InventoryReserved')).toHaveLength(10);
      expect(publishedOf('InventoryReservationFailed')).toHaveLength(30);
    },
    RACE_TIMEOUT_MS,
  );

  it(
    'holds every line or none when 40 orders of mixed sizes race for two scarce SKUs',
    async () => {
      await stores.stock.setStock('RACE-CUP', { available: 12, price: 800 });
      await stores.stock.setStock('RACE-LID', { available: 7, price: 150 });
      const reserver = createStockReserver({ ...stores, handoffs: createRecordingPublisher(), currency: 'EUR' });
      const orders = Array.from({ length: 40 }, (_, index) =>
        orderFor([
          { sku: 'RACE-CUP', quantity: 1 + (index % 3) },
          { sku: 'RACE-LID', quantity: 1 + (index % 2) },
        ]),
      );

      await Promise.all(orders.map((order) => reserver.reserve(order)));

      const held = await Promise.all(orders.map((order) => stores.reservations.getReservation(order.data.orderId)));
      const heldUnits = (sku: string) =>
        held.reduce(
          (sum, reservation) =>
            sum +
            (reservation?.status === 'RESERVED'
              ? reservation.lines.filter((line) => line.sku === sku).reduce((units, line) => units + line.quantity, 0)
              : 0),
          0,
        );
      const [cup, lid] = [await stores.stock.getStock('RACE-CUP'), await stores.stock.getStock('RACE-LID')];
      // Every order has an outcome, no count went negative, and the units held are exactly the ones reserved.
      expect(held.every((reservation) => reservation?.status === 'RESERVED' || reservation?.status === 'FAILED')).toBe(
        true,
      );
      expect(cup?.available).toBeGreaterThanOrEqual(0);
      expect(lid?.available).toBeGreaterThanOrEqual(0);
      expect(cup).toMatchObject({ reserved: heldUnits('RACE-CUP'), available: 12 - heldUnits('RACE-CUP') });
      expect(lid).toMatchObject({ reserved: heldUnits('RACE-LID'), available: 7 - heldUnits('RACE-LID') });
      expect(heldUnits('RACE-LID')).toBeGreaterThan(0);
    },
    RACE_TIMEOUT_MS,
  );
});
