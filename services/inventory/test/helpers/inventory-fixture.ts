import { createStockReserver } from '../../src/domain/reserve-stock.js';
import { createReservationSettler } from '../../src/domain/settle-reservation.js';
import { exampleStock } from './catalog-examples.js';
import { fixedIdentities } from './identities.js';
import { createInMemoryInventory } from './in-memory-inventory.js';
import { createRecordingPublisher } from '@commerce/testing';

/**
 * The in-memory inventory stocked as the catalog's examples assume, with the reserver and settler
 * on recording publishers, and a clock stopped at `time` (the time the expected event carries).
 */
export const stockedInventory = async (time = '2025-03-14T09:26:54.012Z') => {
  const { stock, reservations } = createInMemoryInventory();
  for (const { sku, available, price } of exampleStock) await stock.setStock(sku, { available, price });
  const identities = fixedIdentities(time);
  const handoffs = createRecordingPublisher();
  const outcomes = createRecordingPublisher();
  return {
    stock,
    reservations,
    identities,
    handoffs,
    outcomes,
    reserver: createStockReserver({ stock, reservations, handoffs, currency: 'EUR', identities }),
    settler: createReservationSettler({ reservations, outcomes, identities }),
  };
};
