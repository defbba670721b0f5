import type { OrderPlacedV1Event } from '@commerce/contracts';
import { DependencyError } from '@commerce/shared-core';
import type { Publisher } from '@commerce/shared-core/publishers';
import {
  recordEvent,
  reservationFailedEvent,
  reservedEvent,
  systemIdentities,
  type EventIdentities,
} from './events.js';
import { failureReasonOf, mergeLines, priceLines, shortagesOf, totalOf, type OrderLine } from './order-lines.js';
import type { FailedReservation, HeldReservation, Reservation, Shortage } from './reservation.js';
import type { ReservationStore } from './reservation-store.js';
import type { StockLevel, StockStore } from './stock-levels.js';

export interface StockReserverDependencies {
  stock: Pick<StockStore, 'readStock'>;
  reservations: ReservationStore;
  /** Inventory's own SNS topic, where saga hand-offs go. */
  handoffs: Publisher;
  /** ISO 4217 code of the prices in the stock table: inventory sells in one currency. */
  currency: string;
  identities?: EventIdentities;
}

/**
 * - `reserved` / `rejected`: this delivery decided, recorded and published the outcome;
 * - `republished`: the outcome was recorded earlier and is published again, as the same event;
 * - `already-settled`: the payment outcome was handled too, so InventoryReserved went out long ago.
 */
export type ReserveOutcome = 'reserved' | 'rejected' | 'republished' | 'already-settled';

/**
 * Reading and deciding again is needed only when a line's stock fell below its quantity, or its
 * price changed, between the read and the transaction; a handful of rounds is plenty. After that
 * the error is retryable and the queue tries again later.
 */
const MAX_ROUNDS = 5;

/**
 * Reserves every line of an order or none (OrderPlaced). The reservation is keyed by orderId and
 * written in the same DynamoDB transaction as the stock it holds, so a redelivered or concurrent
 * duplicate can never hold stock twice: it finds the reservation and republishes the event that
 * was recorded with it. That also heals a crash between the write and the publish.
 *
 * @example
 * const reserver = createStockReserver({ stock, reservations, handoffs, currency: 'EUR' });
 * await reserver.reserve(orderPlaced); // 'reserved'
 */
export const createStockReserver = (dependencies: StockReserverDependencies) => {
  const { stock, reservations, handoffs, currency, identities = systemIdentities } = dependencies;

  const republish = async (recorded: Reservation, placed: OrderPlacedV1Event): Promise<ReserveOutcome> => {
    if (recorded.status === 'FAILED') await handoffs.publish(reservationFailedEvent(recorded));
    else if (recorded.status === 'RESERVED') await handoffs.publish(reservedEvent(recorded, placed.data.paymentToken));
    else return 'already-settled';
    return 'republished';
  };

  /** Records that nothing could be held, and why. `undefined`: another delivery recorded first. */
  const reject = async (
    placed: OrderPlacedV1Event,
    unavailable: Shortage[],
    levels: ReadonlyMap<string, StockLevel>,
  ): Promise<ReserveOutcome | undefined> => {
    const reason = failureReasonOf(unavailable, levels);
    const failed: FailedReservation = {
      orderId: placed.data.orderId,
      status: 'FAILED',
      reason,
      unavailable,
      outcome: recordEvent(placed, identities),
    };
    const event = reservationFailedEvent(failed); // built first: an event consumers would refuse is never recorded
    if ((await reservations.recordFailure(failed)) === 'already-recorded') return undefined;
    await handoffs.publish(event);
    return 'rejected';
  };

  /** Holds every line at its current price. `undefined`: stock, price or the order moved since the read. */
  const hold = async (
    placed: OrderPlacedV1Event,
    lines: OrderLine[],
    levels: ReadonlyMap<string, StockLevel>,
  ): Promise<ReserveOutcome | undefined> => {
    const priced = priceLines(lines, levels);
    const held: HeldReservation = {
      orderId: placed.data.orderId,
      status: 'RESERVED',
      customerId: placed.data.customerId,
      lines: priced,
      total: totalOf(priced),
      currency,
      outcome: recordEvent(placed, identities),
    };
    const event = reservedEvent(held, placed.data.paymentToken);
    if ((await reservations.hold(held)) !== 'held') return undefined;
    await handoffs.publish(event);
    return 'reserved';
  };

  /** One round: read, decide, write. `undefined` means the world moved in between: go again. */
  const round = async (placed: OrderPlacedV1Event, lines: OrderLine[]): Promise<ReserveOutcome | undefined> => {
    const recorded = await reservations.getReservation(placed.data.orderId);
    if (recorded) return republish(recorded, placed);
    const levels = await stock.readStock(lines.map(({ sku }) => sku));
    const unavailable = shortagesOf(lines, levels);
    return unavailable.length > 0 ? reject(placed, unavailable, levels) : hold(placed, lines, levels);
  };

  return {
    async reserve(placed: OrderPlacedV1Event): Promise<ReserveOutcome> {
      const lines = mergeLines(placed.data.items);
      for (let attempt = 1; attempt <= MAX_ROUNDS; attempt += 1) {
        const outcome = await round(placed, lines);
        if (outcome) return outcome;
      }
      throw new DependencyError(`Stock for order ${placed.data.orderId} kept changing; the queue will retry`, {
        details: { orderId: placed.data.orderId, rounds: MAX_ROUNDS },
      });
    },
  };
};

export type StockReserver = ReturnType<typeof createStockReserver>;
