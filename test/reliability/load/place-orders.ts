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
  readonly refused: readonly { index: number; status: number; reason: string }[];
  /** Repeated POSTs (same Idempotency-Key) after a 5xx or a network error. */
  readonly retries: number;
  /** Every 5xx answer seen, before retries. */
  readonly serverErrors: number;
  readonly elapsedMs: number;
}

const MAX_ATTEMPTS = 6;

/**
 * Gets `concurrency` warm handlers ready before the measured run, one more at a time. sls offline
 * starts a worker per concurrent request and kills one that passes the router's 6 s timeout, so
 * eight cold starts at once on a busy 2-core machine can time out together, again and again (a
 * local cost: Lambda's cold starts take a few hundred ms). Returns the reads it took.
 */
export const warmUp = async (saga: SagaSystem, concurrency: number, roundsPerLevel = 5): Promise<number> => {
  let reads = 0;
  for (let level = 1; level <= concurrency; level++) {
    for (let round = 1; ; round++) {
      reads += level;
      const statuses = await Promise.all(
        Array.from({ length: level }, () =>
          saga.call('orders', 'GET', `/orders/${randomUUID()}`).then(
            (r) => r.status,
            () => 0,
          ),
        ),
      );
      if (statuses.every((status) => status === 404)) break;
      if (round === roundsPerLevel) throw new Error(`the orders API did not answer ${level} reads at once`);
    }
  }
  return reads;
};

/**
 * Places orders concurrently on the loopback system, as a careful client would: each with its own
 * Idempotency-Key, repeated with that key after a 5xx or a dropped connection (so a retry can never
 * double an order). Bounded in count and time.
 */
export const placeOrders = async (saga: SagaSystem, plan: LoadPlan): Promise<LoadResult> => {
  const started = Date.now();
  const accepted: PlacedOrder[] = [];
  const refused: { index: number; status: number; reason: string }[] = [];
  let retries = 0;
  let serverErrors = 0;
  let next = 0;

  const place = async (index: number): Promise<void> => {
    const key = randomUUID();
    const startedAt = Date.now();
    for (let attempt = 1; ; attempt++) {
      let reason = '';
      const status = await saga.placeOrder(plan.orderFor(index), key).then(
        (response) => {
          if (response.status === 202) accepted.push({ index, orderId: response.body.orderId, startedAt });
          const body = response.body as { errorType?: string; title?: string } | undefined;
          reason = body?.errorType ?? body?.title ?? '';
          return response.status;
        },
        (error: unknown) => {
          reason = String(error);
          return 0;
        },
      );
      if (status >= 500) serverErrors++;
      const retryable = status === 0 || status >= 500;
      if (!retryable || attempt === MAX_ATTEMPTS) {
        if (status !== 202) refused.push({ index, status, reason });
        return;
      }
      retries++;
      // 1, 2, 4, 8, 16 s: long enough for a saturated local function to drain.
      await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
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
