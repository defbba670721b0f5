import type { Figure } from '../figures.js';
import type { Answer } from './http.js';

/** What one route answered over the run. */
export interface RouteTally {
  tried: number;
  /** Answered by the service's router (it sets `x-correlation-id` on every answer). */
  byService: number;
  /** Answered by the API Gateway emulation before any function ran (unknown method, over 10 MB). */
  byGateway: number;
  serverErrors: number;
  timeouts: number;
  statuses: Record<string, number>;
}

/** What one receiver made of its batches. */
export interface ReceiverTally {
  batches: number;
  malformed: number;
  crashes: number;
  kinds: Record<string, number>;
}

/** Orders the API accepted (odd, yet valid) and how many of them reached their end. */
export interface OrderTally {
  accepted: number;
  settled: number;
}

/** What became of the malformed messages left on the receivers' queues. */
export interface QueueTally {
  sent: number;
  deadLettered: number;
  receivesLogged: number;
  /** Receives of poison whose log line never reached the runner (see the queue test). */
  unlogged: number;
}

export const routeTally = (): RouteTally => ({
  tried: 0,
  byService: 0,
  byGateway: 0,
  serverErrors: 0,
  timeouts: 0,
  statuses: {},
});

export const receiverTally = (): ReceiverTally => ({ batches: 0, malformed: 0, crashes: 0, kinds: {} });

const add = (counts: Record<string, number>, key: string | number, by = 1) => {
  counts[key] = (counts[key] ?? 0) + by;
};

/** Counts one answer, judged (`by` says who answered) or not (the judge threw). */
export const countAnswer = (tally: RouteTally, answer: Answer, by?: 'service' | 'gateway'): void => {
  tally.tried += 1;
  tally.timeouts += answer.timeouts;
  if (answer.status >= 500) tally.serverErrors += 1;
  if (by === 'service') tally.byService += 1;
  if (by === 'gateway') tally.byGateway += 1;
  add(tally.statuses, answer.status);
};

export const countKinds = (tally: ReceiverTally, kinds: readonly string[]): void => {
  tally.malformed += kinds.length;
  for (const kind of kinds) add(tally.kinds, kind);
};

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** `a 3, b 1`: counts as one short line, largest first. */
const line = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort(([, a], [, b]) => b - a)
    .map(([key, value]) => `${key} ${value}`)
    .join(', ');

const merged = (all: readonly Record<string, number>[]) => {
  const counts: Record<string, number> = {};
  for (const one of all) for (const [key, value] of Object.entries(one)) add(counts, key, value);
  return counts;
};

/** The suite's figures for `pnpm reliability:report`: totals, and inputs per route and per receiver. */
export const fuzzFigures = (
  routes: ReadonlyMap<string, RouteTally>,
  receivers: ReadonlyMap<string, ReceiverTally>,
  orders: OrderTally,
  queued: QueueTally,
  crashesLogged: number,
): Record<string, Figure> => {
  const byRoute = [...routes.values()];
  const byReceiver = [...receivers.values()];
  const routeInputs = sum(byRoute.map((tally) => tally.tried));
  const malformedRecords = sum(byReceiver.map((tally) => tally.malformed));
  return {
    // Every bad input: requests to the routes, records in receiver batches and poison on the queues.
    'inputs tried': routeInputs + malformedRecords + queued.sent,
    'route inputs tried': routeInputs,
    ...Object.fromEntries([...routes].map(([key, tally]) => [`inputs tried: ${key}`, tally.tried])),
    'answers by status': line(merged(byRoute.map((tally) => tally.statuses))),
    'answers from the services': sum(byRoute.map((tally) => tally.byService)),
    'answers from the API Gateway emulation': sum(byRoute.map((tally) => tally.byGateway)),
    '5xx seen': sum(byRoute.map((tally) => tally.serverErrors)),
    'function timeouts retried': sum(byRoute.map((tally) => tally.timeouts)),
    'odd but valid orders accepted': orders.accepted,
    'of those, ended CONFIRMED or CANCELLED': orders.settled,
    'orders lost': orders.accepted - orders.settled,
    'receiver batches (each with one valid record)': sum(byReceiver.map((tally) => tally.batches)),
    'malformed records in batches, each reported as a batch item failure': malformedRecords,
    ...Object.fromEntries([...receivers].map(([name, tally]) => [`malformed records tried: ${name}`, tally.malformed])),
    'malformed records by kind': line(merged(byReceiver.map((tally) => tally.kinds))),
    'batch crashes': sum(byReceiver.map((tally) => tally.crashes)) + crashesLogged,
    'poison messages queued': queued.sent,
    'poison in its DLQ after maxReceiveCount receives': queued.deadLettered,
    'poison elsewhere': queued.sent - queued.deadLettered,
    'poison receives logged as permanent': queued.receivesLogged,
    'poison receives whose log line never arrived': queued.unlogged,
  };
};
