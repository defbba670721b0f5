import type { ChargeAttempt, Payment, PaymentStatus, FailureReason, RecordedEvent } from './payment.js';

/** What one attempt changes: the attempt, and for the last one, how the payment ended. */
export interface AttemptRecord {
  attempt: ChargeAttempt;
  settle?: { status: Exclude<PaymentStatus, 'PENDING'>; reason?: FailureReason; outcome: RecordedEvent };
}

export interface PaymentStore {
  get(orderId: string): Promise<Payment | undefined>;
  /** `exists`: another delivery created it first (read it again). */
  create(payment: Payment): Promise<'created' | 'exists'>;
  /**
   * Appends attempt n, only while the payment is PENDING with n - 1 attempts, so of two deliveries
   * racing, one records and the other learns it lost (`conflict`).
   */
  recordAttempt(orderId: string, record: AttemptRecord): Promise<'recorded' | 'conflict'>;
}
