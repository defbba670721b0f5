import { randomUUID } from 'node:crypto';
import type { SagaSystem } from '../../e2e/saga-system.js';

export interface LoadPlan {
  /** How many orders to place at most: the generator never places more. */
  readonly orders: number;
  /** How many requests are in flight at once. */
  readonly concurrency: number;
  /** No order is started after this long: the generator stops by itself. */
  readonly deadlineMs: number;
  /** The body of the i-th order. */
  readonly orderFor: (index: number) => unknown;
}

export interface PlacedOrder {
  readonly index: number;
  readonly orderId: string;
  /** When its first POST left the client (epoch ms). */
  readonly startedAt: number;
}

export interface LoadResult {
  readonly accepted: readonly PlacedOrder[];
  /** Orders the API refused for good, with the last status. */
  readonly refused: readonly { index: number; status: number }[];
  /** Repeated POSTs (same Idempotency-Key) after a 5xx or a network error. */
  readonly retries: number;
  /** Every 5xx answer seen, before retries. */
  readonly serverErrors: number;
  readonly elapsedMs: number;
}

const MAX_ATTEMPTS = 5;

/**
 * Places orders concurrently on the loopback system, as a careful client would: each with its own
 * Idempotency-Key, repeated with that key after a 5xx or a dropped connection (so a retry can never
 * double an order). Bounded in count and time.
 */
export const placeOrders = async (saga: SagaSystem, plan: LoadPlan): Promise<LoadResult> => {
  const started = Date.now();
  const accepted: PlacedOrder[] = [];
  const refused: { index: number; status: number }[] = [];
  let retries = 0;
  let serverErrors = 0;
  let next = 0;

  const place = async (index: number): Promise<void> => {
    const key = randomUUID();
    const startedAt = Date.now();
    for (let attempt = 1; ; attempt++) {
      const status = await saga.placeOrder(plan.orderFor(index), key).then(
        (response) => {
          if (response.status === 202) accepted.push({ index, orderId: response.body.orderId, startedAt });
          return response.status;
        },
        () => 0,
      );
      if (status >= 500) serverErrors++;
      const retryable = status === 0 || status >= 500;
      if (!retryable || attempt === MAX_ATTEMPTS) {
        if (status !== 202) refused.push({ index, status });
        return;
      }
      retries++;
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
    }
  };

  const worker = async (): Promise<void> => {
    while (next < plan.orders && Date.now() - started < plan.deadlineMs) await place(next++);
  };
  await Promise.all(Array.from({ length: plan.concurrency }, worker));
  return { accepted, refused, retries, serverErrors, elapsedMs: Date.now() - started };
};

/** The p-th percentile (0-100) of `values`, nearest rank; undefined when there are none. */
export const percentile = (values: readonly number[], p: number): number | undefined => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};
