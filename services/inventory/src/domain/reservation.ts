import type { RecordedEvent } from '@commerce/shared-core/events';

/** A line held for an order at the price inventory quoted for it (minor units of `currency`). */
export interface PricedLine {
  sku: string;
  quantity: number;
  unitPrice: number;
}

/** A line that could not be reserved; `available` is 0 for a SKU inventory does not list. */
export interface Shortage {
  sku: string;
  requested: number;
  available: number;
}

/** Stock is held for every line, waiting for the payment outcome. */
export interface HeldReservation {
  orderId: string;
  status: 'RESERVED';
  customerId: string;
  lines: PricedLine[];
  total: number;
  currency: string;
  /** The InventoryReserved event. */
  outcome: RecordedEvent;
}

/** The payment outcome arrived: the units left (COMMITTED) or went back to available (RELEASED). */
export interface SettledReservation extends Omit<HeldReservation, 'status'> {
  status: 'COMMITTED' | 'RELEASED';
  /** The InventoryCommitted or InventoryReleased event. */
  settlement: RecordedEvent;
}

/** Nothing was held. Recorded so a redelivered OrderPlaced cannot reserve later, after orders rejected it. */
export interface FailedReservation {
  orderId: string;
  status: 'FAILED';
  reason: 'OUT_OF_STOCK' | 'UNKNOWN_SKU';
  unavailable: Shortage[];
  /** The InventoryReservationFailed event. */
  outcome: RecordedEvent;
}

/** What inventory recorded for one order, keyed by its orderId: the business key every receiver is idempotent on. */
export type Reservation = HeldReservation | SettledReservation | FailedReservation;

export type ReservationStatus = Reservation['status'];
