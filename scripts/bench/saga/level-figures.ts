import type { Invocation } from '../../cost/invocations.js';
import { percentile } from '../../../test/reliability/load/place-orders.js';
import type { Hop } from './hops.js';

/** The function that publishes each event of the saga's confirmed path, whose run is part of the hop to it. */
export const PRODUCER: Record<string, string> = {
  OrderPlaced: 'orders/router',
  InventoryReserved: 'inventory/reserveStock',
  PaymentSucceeded: 'payments/charge',
  OrderConfirmed: 'orders/paymentOutcome',
};

/** One concurrency level, as measured: kept in artifacts/saga-bench.json and rendered from there. */
export interface LevelFigures {
  concurrency: number;
  orders: number;
  elapsedMs: number;
  /** POST to the order's ending event, per order. */
  latenciesMs: number[];
  /** Each order's hops, in saga order. */
  hops: Hop[][];
  /** Every invocation sls offline reported while the level ran, with its duration. */
  invocations: Pick<Invocation, 'service' | 'functionKey' | 'durationMs'>[];
  /** Share of all cores' time the machine was busy while the level ran. */
  cpuBusy: number | undefined;
  /** Failures the services and the pollers reported while the level ran (error logs, failed batches). */
  failures: string[];
}

export const ordersPerSecond = (level: LevelFigures): number => level.orders / (level.elapsedMs / 1000);

export const p = (values: readonly number[], q: number): number => percentile(values, q) ?? Number.NaN;

/** The p50 of each hop over the level's orders, in saga order. */
export const hopMedians = (level: LevelFigures): { name: string; ms: number; producer: string | undefined }[] => {
  const names = [...new Set(level.hops.flat().map((hop) => hop.name))];
  return names.map((name) => ({
    name,
    ms: p(
      level.hops.flat().flatMap((hop) => (hop.name === name ? [hop.ms] : [])),
      50,
    ),
    producer: PRODUCER[name.split(' → ')[1] ?? ''],
  }));
};

/** The p50 run time of a function (`service/functionKey`) over the level's invocations. */
export const runMedian = (level: LevelFigures, fn: string): number | undefined => {
  const durations = level.invocations
    .filter((invocation) => `${invocation.service}/${invocation.functionKey}` === fn)
    .map((invocation) => invocation.durationMs);
  return percentile(durations, 50);
};

/** Functions the event source mappings invoke: every function but the routers. */
export const receiversOf = (level: LevelFigures): string[] =>
  [...new Set(level.invocations.map((invocation) => `${invocation.service}/${invocation.functionKey}`))]
    .filter((fn) => !fn.endsWith('/router'))
    .sort();

/**
 * The share of the level's time a receiver spent running. The local cloud runs one poller per
 * event source mapping, which delivers one batch at a time, so a receiver near 100 % is a serial
 * stage that was never idle: the orders wait in its queue.
 */
export const busyShare = (level: LevelFigures, fn: string): number =>
  level.invocations
    .filter((invocation) => `${invocation.service}/${invocation.functionKey}` === fn)
    .reduce((sum, invocation) => sum + invocation.durationMs, 0) / level.elapsedMs;

/** How many invocations of `fn` the level saw. */
export const invocationCount = (level: LevelFigures, fn: string): number =>
  level.invocations.filter((invocation) => `${invocation.service}/${invocation.functionKey}` === fn).length;
