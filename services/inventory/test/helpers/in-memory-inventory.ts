import type { Reservation } from '../../src/domain/reservation.js';
import type { ReservationStore } from '../../src/domain/reservation-store.js';
import type { StockLevel, StockStore } from '../../src/domain/stock-levels.js';

/**
 * Both stores over two maps, with the DynamoDB tables' semantics: each write checks all its
 * conditions before changing anything, which a single-threaded method body makes atomic. The same
 * behaviour suite runs against this and the real tables (test/helpers/store-behaviour.ts), so the
 * two cannot drift apart. Values are copied in and out, as a database would.
 */
export const createInMemoryInventory = (): { stock: StockStore; reservations: ReservationStore } => {
  const levels = new Map<string, StockLevel>();
  const recorded = new Map<string, Reservation>();
  const copy = structuredClone;

  const stock: StockStore = {
    getStock: async (sku) => {
      const level = levels.get(sku);
      return level && copy(level);
    },
    setStock: async (sku, { available, price }) => {
      const level = { sku, available, price, reserved: levels.get(sku)?.reserved ?? 0 };
      levels.set(sku, level);
      return copy(level);
    },
    readStock: async (skus) =>
      new Map(skus.flatMap((sku) => (levels.has(sku) ? [[sku, copy(levels.get(sku) as StockLevel)] as const] : []))),
  };

  const reservations: ReservationStore = {
    getReservation: async (orderId) => {
      const reservation = recorded.get(orderId);
      return reservation && copy(reservation);
    },
    hold: async (reservation) => {
      if (recorded.has(reservation.orderId)) return 'already-recorded';
      const covered = reservation.lines.every(({ sku, quantity, unitPrice }) => {
        const level = levels.get(sku);
        return level !== undefined && level.available >= quantity && level.price === unitPrice;
      });
      if (!covered) return 'stock-changed';
      for (const { sku, quantity } of reservation.lines) {
        const level = levels.get(sku) as StockLevel;
        levels.set(sku, { ...level, available: level.available - quantity, reserved: level.reserved + quantity });
      }
      recorded.set(reservation.orderId, copy(reservation));
      return 'held';
    },
    recordFailure: async (reservation) => {
      if (recorded.has(reservation.orderId)) return 'already-recorded';
      recorded.set(reservation.orderId, copy(reservation));
      return 'recorded';
    },
    settle: async (reservation) => {
      if (recorded.get(reservation.orderId)?.status !== 'RESERVED') return 'not-reserved';
      for (const { sku, quantity } of reservation.lines) {
        const level = levels.get(sku) as StockLevel;
        const back = reservation.status === 'RELEASED' ? quantity : 0;
        levels.set(sku, { ...level, reserved: level.reserved - quantity, available: level.available + back });
      }
      recorded.set(reservation.orderId, copy(reservation));
      return 'settled';
    },
  };

  return { stock, reservations };
};
