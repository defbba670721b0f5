/** One try at charging: what the provider answered. */
export interface ChargeAttempt {
  attempt: number;
  at: string;
  outcome: 'SUCCEEDED' | 'DECLINED' | 'TRANSIENT_ERROR';
  /** The provider's reference of a successful charge. */
  providerReference?: string;
  /** The provider's decline code, or what the transient failure was. */
  detail?: string;
}

/**
 * The identity of the outcome event, stored with the outcome: a redelivered InventoryReserved
 * publishes the very same event again (same id and time), so consumers see one event.
 */
export interface RecordedEvent {
  id: string;
  time: string;
}

export type PaymentStatus = 'PENDING' | 'SUCCEEDED' | 'FAILED';

export type FailureReason = 'DECLINED' | 'PROVIDER_UNAVAILABLE';

/** A payment of one order's reserved total. The payment token is never stored. */
export interface Payment {
  orderId: string;
  /** Minted once, and the provider's idempotency key: a retried charge can never charge twice. */
  paymentId: string;
  amount: number;
  currency: string;
  status: PaymentStatus;
  reason?: FailureReason;
  attempts: ChargeAttempt[];
  /** Set with SUCCEEDED or FAILED. */
  outcome?: RecordedEvent;
}

export interface SettledPayment extends Payment {
  status: 'SUCCEEDED' | 'FAILED';
  outcome: RecordedEvent;
}

export const isSettled = (payment: Payment): payment is SettledPayment => payment.status !== 'PENDING';
