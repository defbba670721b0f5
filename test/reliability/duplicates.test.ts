import type { DeliveryChaos } from '@commerce/local-cloud/testing';
import { drained, queueCounts, queueNames } from '../e2e/queues.js';
import { startSagaSystem } from '../e2e/saga-system.js';
import { recordFigures } from './figures.js';
import { differences, finalState, type FinalState } from './final-state.js';
import { ORDER_COUNT, runWorkload } from './workload.js';

/**
 * Issue #7, duplicates: the same workload on a clean system, then on one whose every event source
 * mapping delivers every event three times on every queue (twice at once, once more up to 3 s
 * later, sent back to its queue) and shuffles every batch. Every receiver is idempotent and indifferent to order, so what
 * the saga leaves behind must be the same: orders, payments, stock, notifications, the analytics
 * summary and platform's traces.
 */
const CHAOS: DeliveryChaos = { copies: 3, resends: 1, maxDelaySeconds: 3, shuffle: true, seed: 20_261_123 };

interface Run {
  state: FinalState;
  seconds: number;
  duplicates: { repeated: number; resent: number };
  events: number;
  /** Messages left in dead-letter queues: none, when every duplicate was handled. */
  deadLetters: number;
}

/** Starts a system, runs the workload, waits until it is quiet, reads what it left, and stops it. */
const run = async (deliveryChaos?: DeliveryChaos): Promise<Run> => {
  const saga = await startSagaSystem(deliveryChaos ? { deliveryChaos } : {});
  try {
    const started = Date.now();
    const orderIds = await runWorkload(saga);
    await saga.settledOrders([...orderIds.values()], 240_000);
    // Quiet: every queue of every service empty (delayed copies and retries included), DLQs aside.
    const queues = (await queueNames(saga.system.edge)).filter((name) => !name.endsWith('-dlq'));
    await drained(saga.system.edge, queues, 300_000);
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    const state = await finalState(saga, orderIds);
    const deadLetterQueues = (await queueNames(saga.system.edge)).filter((name) => name.endsWith('-dlq'));
    const deadLetters = await Promise.all(deadLetterQueues.map((name) => queueCounts(saga.system.edge, name)));
    return {
      deadLetters: deadLetters.reduce((sum, counts) => sum + counts.waiting + counts.inFlight, 0),
      state,
      seconds,
      duplicates: saga.system.duplicates(),
      events: Object.values(state.analytics.eventsByType).reduce((sum, count) => sum + count, 0),
    };
  } finally {
    await saga.stop();
  }
};

describe('the saga with every event delivered three times, out of order', () => {
  let clean: Run;
  let chaos: Run;

  beforeAll(async () => {
    // One after the other: both package the same services' folders.
    clean = await run();
    chaos = await run(CHAOS);
  }, 2_400_000);

  it('leaves orders, payments, stock, notifications, analytics and traces exactly as a clean run does', () => {
    const mismatches = differences(clean.state, chaos.state);
    const injected = chaos.duplicates.repeated + chaos.duplicates.resent;

    expect(mismatches).toEqual([]);
    expect(chaos.state).toEqual(clean.state);
    expect([clean.deadLetters, chaos.deadLetters]).toEqual([0, 0]);
    expect(Object.keys(clean.state.orders)).toHaveLength(ORDER_COUNT);
    // The harness did its work: every event of the saga reached analytics and platform's audit, each
    // of them twice more, so at least four duplicates per event were injected; none in the clean run.
    expect(injected).toBeGreaterThanOrEqual(4 * clean.events);
    expect(clean.duplicates).toEqual({ repeated: 0, resent: 0 });

    recordFigures('duplicates', {
      orders: Object.keys(clean.state.orders).length,
      'events in the saga': clean.events,
      'duplicates injected': injected,
      'duplicates delivered at once, same receipt': chaos.duplicates.repeated,
      'duplicates sent back to their queue, delayed': chaos.duplicates.resent,
      'chaos seed': CHAOS.seed,
      mismatches: mismatches.length,
      'clean run, workload to quiet (s)': clean.seconds,
      'chaos run, workload to quiet (s)': chaos.seconds,
      'dead letters': chaos.deadLetters,
      // finalState waits for every order to end, so an order the chaos run lost fails the test first.
      'orders lost': ORDER_COUNT - Object.keys(chaos.state.orders).length,
    });
  });
});
