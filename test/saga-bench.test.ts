import { sagaHops } from '../scripts/bench/saga/hops.js';
import type { LevelFigures } from '../scripts/bench/saga/level-figures.js';
import { isFailure } from './e2e/service-logs.js';
import { sagaAnalysis } from '../scripts/bench/saga/analysis.js';
import { renderSagaBench, slowestHop } from '../scripts/bench/saga/render-saga.js';

const at = (ms: number) => new Date(Date.UTC(2026, 10, 23, 12, 0, 0, ms)).toISOString();
const posted = Date.UTC(2026, 10, 23, 12, 0, 0, 0);
const event = (eventId: string, type: string, service: string, ms: number, causationId: string) => ({
  eventId,
  type,
  version: 1,
  service,
  time: at(ms),
  causationId,
  deliveryLatencyMs: 0,
});
/** A confirmed order's trace, out of order and with events off its path (notifications, settlement). */
const trace = [
  event('e4', 'OrderConfirmed', 'orders', 900, 'e3'),
  event('e1', 'OrderPlaced', 'orders', 40, 'request-1'),
  event('e5', 'StockCommitted', 'inventory', 1500, 'e4'),
  event('e3', 'PaymentSucceeded', 'payments', 700, 'e2'),
  event('e2', 'InventoryReserved', 'inventory', 300, 'e1'),
  event('e6', 'CustomerNotified', 'notifications', 1600, 'e4'),
];

const level = (concurrency: number, scale: number): LevelFigures => ({
  concurrency,
  orders: 4,
  elapsedMs: 2000,
  latenciesMs: [900, 1000, 1100, 5000].map((ms) => ms * scale),
  hops: Array.from({ length: 4 }, () =>
    sagaHops(trace, posted).map((hop) => ({
      ...hop,
      ms: hop.name.startsWith('InventoryReserved') ? hop.ms * scale : hop.ms,
    })),
  ),
  invocations: [
    { service: 'payments', functionKey: 'charge', durationMs: 100 },
    { service: 'payments', functionKey: 'charge', durationMs: 120 },
    { service: 'payments', functionKey: 'charge', durationMs: 140 },
  ],
  cpuBusy: 0.5 * scale,
  failures: scale > 1 ? ['orders: 1 of 3 messages failed: timeout; they return after the visibility timeout'] : [],
});

describe('the saga bench', () => {
  it("times an order's path from its POST to its ending event, by causation, leaving other events out", () => {
    expect(sagaHops(trace, posted)).toEqual([
      { name: 'POST /orders → OrderPlaced', service: 'orders', ms: 40 },
      { name: 'OrderPlaced → InventoryReserved', service: 'inventory', ms: 260 },
      { name: 'InventoryReserved → PaymentSucceeded', service: 'payments', ms: 400 },
      { name: 'PaymentSucceeded → OrderConfirmed', service: 'orders', ms: 200 },
    ]);
  });

  it('counts as failures the error logs of functions and the batches pollers give back, nothing else', () => {
    expect(isFailure('{"level":50,"message":"handler failed","messageId":"m-1"}')).toBe(true);
    expect(isFailure('{"level":60,"message":"fatal"}')).toBe(true);
    expect(isFailure('2 messages failed: FunctionError; they return after the visibility timeout')).toBe(true);
    expect(isFailure('{"level":30,"message":"order updated","total":50}')).toBe(false);
    expect(isFailure('{"level":40,"message":"could not shorten the retry delay"}')).toBe(false);
  });

  it('refuses a trace whose path does not reach back to OrderPlaced', () => {
    expect(() =>
      sagaHops(
        trace.filter((e) => e.eventId !== 'e2'),
        posted,
      ),
    ).toThrow(/starts at PaymentSucceeded/);
    expect(() => sagaHops(trace.slice(1, 3), posted)).toThrow(/no ending event/);
  });

  it("names the slowest step at the top level, split into its function's run and its wait", () => {
    const bench = { date: '2026-11-23', machine: 'test', levels: [level(1, 1), level(8, 2)] };
    const { slowest, run, before } = slowestHop(bench);

    expect(slowest).toMatchObject({
      name: 'InventoryReserved → PaymentSucceeded',
      ms: 800,
      producer: 'payments/charge',
    });
    expect(run).toBe(120);
    expect(before).toBe(400);
    const doc = renderSagaBench(bench, ['Why, in words.']);
    expect(doc).toContain('| 8 | 4 | 2.00 | 2000 | 10000 | 10000 | 100 % | 1 |');
    expect(doc).toContain(
      '- 8 in flight: `orders: 1 of 3 messages failed: timeout; they return after the visibility timeout`',
    );
    expect(doc).toContain('| InventoryReserved → PaymentSucceeded | payments/charge | 400 (run 120) | 800 (run 120) |');
    expect(doc).toContain("of which the function's own run is 120 ms and\nthe rest, 680 ms, is waiting");
    expect(doc).toContain('Why, in words.');
  });

  it('names the busiest receiver on the order path as the bottleneck, and checks its bound against the rate', () => {
    const runs = (service: string, functionKey: string, count: number, durationMs: number) =>
      Array.from({ length: count }, () => ({ service, functionKey, durationMs }));
    const top: LevelFigures = {
      ...level(8, 2),
      orders: 40,
      elapsedMs: 10_000,
      invocations: [
        ...runs('inventory', 'reserveStock', 10, 900),
        ...runs('payments', 'charge', 40, 100),
        ...runs('analytics', 'recordEvent', 10, 950),
      ],
    };
    const text = sagaAnalysis({ date: '2026-11-23', machine: 'test', levels: [level(1, 1), top] }).join('\n');

    expect(text).toContain('**Named: inventory/reserveStock.** At 8 in flight it was running 90 % of the time');
    expect(text).toContain('10 invocations for 40 orders, about 4.0 records a batch and 225 ms');
    expect(text).toContain('ends at most 4.44 orders/s; the system ended 4.00');
    expect(text).toContain("Off the order's path, analytics/recordEvent (95 %) ran even");
  });
});
