import { orderOf } from '../../../test/e2e/orders.js';
import type { SagaSystem } from '../../../test/e2e/saga-system.js';

export interface SagaRun {
  orderId: string;
  /** When the client sent its POST (epoch ms). */
  postedAt: number;
}

export interface LevelRun {
  concurrency: number;
  runs: SagaRun[];
  elapsedMs: number;
  /** POSTs the API did not accept (none expected); the level fails rather than hide them. */
  refused: number;
}

/**
 * A closed loop at one concurrency: `concurrency` clients, each placing an order and waiting for
 * the saga to end it before placing the next, until `orders` have been placed or `deadlineMs` has
 * passed. So exactly `concurrency` orders are in the saga at any time, and the rate at which they
 * end is the throughput the system sustains with that many in flight.
 */
export const runClosedLoop = async (
  saga: SagaSystem,
  plan: { concurrency: number; orders: number; deadlineMs: number; sku: string },
  settled: (orderId: string) => Promise<void>,
): Promise<LevelRun> => {
  const started = Date.now();
  const runs: SagaRun[] = [];
  let placed = 0;
  let refused = 0;
  const client = async (): Promise<void> => {
    while (placed < plan.orders && Date.now() - started < plan.deadlineMs) {
      placed += 1;
      const postedAt = Date.now();
      const { status, body } = await saga.placeOrder(orderOf(plan.sku, 1));
      if (status !== 202) {
        refused += 1;
        continue;
      }
      await settled(body.orderId);
      runs.push({ orderId: body.orderId, postedAt });
    }
  };
  await Promise.all(Array.from({ length: plan.concurrency }, client));
  return { concurrency: plan.concurrency, runs, elapsedMs: Date.now() - started, refused };
};
