import type { FailedReservation, HeldReservation, Reservation, SettledReservation } from './reservation.js';

/** `stock-changed`: a line's stock or price moved since it was read (or the write conflicted); read again. */
export type HoldResult = 'held' | 'already-recorded' | 'stock-changed';

export type RecordResult = 'recorded' | 'already-recorded';

/** `not-reserved`: the reservation was no longer RESERVED when the write landed (a concurrent duplicate). */
export type SettleResult = 'settled' | 'not-reserved';

/** Where reservations live, and the all-or-nothing writes that move stock with them. */
export interface ReservationStore {
  getReservation(orderId: string): Promise<Reservation | undefined>;
  /**
   * One transaction: every line moves from available to reserved, each only while `available`
   * covers it and the price is still its `unitPrice`, and the reservation is recorded, only if the
   * order has none yet. If any condition fails, nothing is written.
   */
  hold(reservation: HeldReservation): Promise<HoldResult>;
  /** Records a reservation that failed, only if the order has none yet. */
  recordFailure(reservation: FailedReservation): Promise<RecordResult>;
  /**
   * One transaction: the reservation moves from RESERVED to its settled status, and every line
   * leaves `reserved` (COMMITTED) or goes back to `available` (RELEASED).
   */
  settle(reservation: SettledReservation): Promise<SettleResult>;
}
