import { CommerceError } from '@commerce/shared-core';
import type { Reservation, ReservationStatus } from '../domain/reservation.js';
import type { StockLevel } from '../domain/stock-levels.js';

type Item = Record<string, unknown>;

const STATUSES: readonly ReservationStatus[] = ['RESERVED', 'COMMITTED', 'RELEASED', 'FAILED'];

/**
 * A table item this service did not write, or wrote in a shape it no longer reads. Retrying cannot
 * fix it: a receiver sends the event to the DLQ, the router answers a plain 500.
 */
export class CorruptItemError extends CommerceError {
  override name = 'CorruptItemError';
  constructor(message: string) {
    super('INTERNAL', message, { retryable: false });
  }
}

const numberOf = (item: Item, name: string): number => {
  const value = item[name];
  if (typeof value !== 'number') throw new CorruptItemError(`${name} of ${JSON.stringify(item)} is not a number`);
  return value;
};

const stringOf = (item: Item, name: string): string => {
  const value = item[name];
  if (typeof value !== 'string') throw new CorruptItemError(`${name} of ${JSON.stringify(item)} is not a string`);
  return value;
};

export const toStockLevel = (item: Item): StockLevel => ({
  sku: stringOf(item, 'sku'),
  available: numberOf(item, 'available'),
  reserved: numberOf(item, 'reserved'),
  price: numberOf(item, 'price'),
});

/**
 * A reservation item is the domain record as the document client marshals it (lists and maps).
 * Only this module writes the table, so its key and status are checked and the rest is trusted.
 */
export const toReservation = (item: Item): Reservation => {
  stringOf(item, 'orderId');
  const status = stringOf(item, 'status');
  if (!STATUSES.includes(status as ReservationStatus)) {
    throw new CorruptItemError(`status of reservation ${String(item['orderId'])} is ${status}`);
  }
  return item as unknown as Reservation;
};
