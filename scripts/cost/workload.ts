/**
 * The cost workload: a few orders of each saga outcome on the local system, one outcome at a time,
 * each metered from a clean count until the system is quiet again.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { freshSku, orderOf } from '../../test/e2e/orders.js';
import type { SagaSystem } from '../../test/e2e/saga-system.js';
import type { PhaseCounts } from './counts.js';
import type { Invocation } from './invocations.js';

export type Outcome = 'confirmed' | 'declined (cancelled)' | 'out of stock (rejected)';

/** What an outcome's orders need: a SKU with enough stock or none, and the payment simulator's answer. */
const SCENARIOS: Record<Outcome, { stock: number; paymentToken: string; status: string }> = {
  confirmed: { stock: 1_000, paymentToken: 'tok_ok', status: 'CONFIRMED' },
  'declined (cancelled)': { stock: 1_000, paymentToken: 'tok_decline', status: 'CANCELLED' },
  'out of stock (rejected)': { stock: 0, paymentToken: 'tok_ok', status: 'CANCELLED' },
};
export const OUTCOMES = Object.keys(SCENARIOS) as Outcome[];

// Pollers receive every 2 s; with nothing sent or invoked for this long, every hop has run.
const QUIET_MS = 8_000;

/** Waits until neither the edge (receives aside) nor any function has done anything for QUIET_MS. */
const quiet = async (saga: SagaSystem, invocations: () => number): Promise<void> => {
  const activity = () =>
    saga.system.edge.meter
      .rows()
      .filter((row) => row.action !== 'ReceiveMessage')
      .reduce((sum, row) => sum + row.requests, invocations());
  let last = -1;
  while (activity() !== last) {
    last = activity();
    await sleep(QUIET_MS);
  }
};

/**
 * Places `orders` orders of `outcome` and returns what they cost. Nothing else calls the system
 * meanwhile: the orders are read back (GET) only after the counts are taken.
 */
export const runOutcome = async (
  saga: SagaSystem,
  outcome: Outcome,
  orders: number,
  invocations: Invocation[],
): Promise<PhaseCounts> => {
  const { stock, paymentToken, status } = SCENARIOS[outcome];
  const sku = freshSku('cost');
  await saga.setStock(sku, stock, 1250);
  await quiet(saga, () => invocations.length);
  saga.system.edge.meter.reset();
  invocations.length = 0;

  const placed: string[] = [];
  for (let index = 0; index < orders; index += 1) {
    const response = await saga.placeOrder(orderOf(sku, 1, paymentToken));
    if (response.status !== 202) throw new Error(`order not accepted: ${response.status}`);
    placed.push(response.body.orderId);
  }
  await quiet(saga, () => invocations.length);
  const counts: PhaseCounts = { orders, rows: saga.system.edge.meter.rows(), invocations: [...invocations] };

  const settled = await saga.settledOrders(placed, 60_000);
  const wrong = settled.filter((order) => order.status !== status);
  if (wrong.length > 0) throw new Error(`${outcome}: ${wrong.length} orders ended ${wrong[0]?.status}, not ${status}`);
  return counts;
};
