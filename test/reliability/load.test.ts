import { randomUUID } from 'node:crypto';
import { startSagaSystem, type OrderView, type SagaSystem, type TraceView } from '../e2e/saga-system.js';
import { recordFigures } from './figures.js';
import { percentile, placeOrders, warmUp } from './load/place-orders.js';

const PLENTY = { sku: `LOAD-PLENTY-${randomUUID().slice(0, 8)}`.toUpperCase(), units: 10_000, price: 500 };
const SCARCE = { sku: `LOAD-SCARCE-${randomUUID().slice(0, 8)}`.toUpperCase(), units: 10, price: 900 };

/** Every third order wants the scarce SKU (14 orders for 10 units); of the others, every tenth is declined. */
const isScarce = (index: number) => index % 3 === 0;
const orderFor = (index: number) => ({
  customerId: randomUUID(),
  items: [isScarce(index) ? { sku: SCARCE.sku, quantity: 1 } : { sku: PLENTY.sku, quantity: 1 + (index % 4) }],
  paymentToken: !isScarce(index) && index % 10 === 5 ? 'tok_decline' : 'tok_ok',
});

const ORDERS = 40;
const CONCURRENCY = 8;

describe('a bounded load on the running system', () => {
  let saga: SagaSystem;

  beforeAll(async () => {
    saga = await startSagaSystem();
    for (const { sku, units, price } of [PLENTY, SCARCE]) {
      const { status } = await saga.setStock(sku, units, price);
      if (status !== 200) throw new Error(`stocking ${sku} answered ${status}`);
    }
  }, 1_200_000);

  afterAll(async () => {
    await saga?.stop();
  }, 60_000);

  it('settles every accepted order, oversells nothing, and reports throughput and saga latency', async () => {
    const warmUpReads = await warmUp(saga, CONCURRENCY);
    const load = await placeOrders(saga, { orders: ORDERS, concurrency: CONCURRENCY, deadlineMs: 90_000, orderFor });
    // Read back one request at a time: polling 40 orders at once would load the system being measured.
    const settled: OrderView[] = [];
    for (const { orderId } of load.accepted) settled.push(await saga.settledOrder(orderId, 240_000));

    // Saga latency: from the client's first POST to the event that ended the order, as the trace has it.
    const latencies: number[] = [];
    for (const [i, { startedAt }] of load.accepted.entries()) {
      const ended = (events: TraceView['events'] | undefined) =>
        events?.find((e) => e.type === 'OrderConfirmed' || e.type === 'OrderCancelled');
      const trace = await saga.eventually(
        () => saga.trace(settled[i]!.correlationId),
        ({ body }) => ended(body?.events) !== undefined,
        120_000,
      );
      latencies.push(Date.parse(ended(trace.body.events)!.time) - startedAt);
    }

    const byIndex = new Map(load.accepted.map(({ index }, i) => [index, settled[i]!]));
    const scarce = [...byIndex].filter(([index]) => isScarce(index)).map(([, order]) => order);
    const plenty = [...byIndex].filter(([index]) => !isScarce(index)).map(([, order]) => order);
    const confirmedUnits = (orders: typeof settled) =>
      orders.filter((o) => o.status === 'CONFIRMED').reduce((sum, o) => sum + o.items[0]!.quantity, 0);

    expect(load.refused).toEqual([]);
    expect(load.accepted).toHaveLength(ORDERS);
    expect(scarce.filter((o) => o.status === 'CONFIRMED')).toHaveLength(SCARCE.units);
    expect(scarce.filter((o) => o.status === 'CANCELLED').map((o) => o.reason)).toEqual(
      Array.from({ length: scarce.length - SCARCE.units }, () => 'OUT_OF_STOCK'),
    );
    expect(await saga.stock(SCARCE.sku)).toMatchObject({ available: 0, reserved: 0 });
    expect(await saga.stock(PLENTY.sku)).toMatchObject({
      available: PLENTY.units - confirmedUnits(plenty),
      reserved: 0,
    });

    const firstPost = Math.min(...load.accepted.map((o) => o.startedAt));
    const sagaWindowMs = Math.max(...load.accepted.map((o, i) => o.startedAt + latencies[i]!)) - firstPost;
    const ms = (value: number | undefined) => (value === undefined ? 'n/a' : `${Math.round(value)} ms`);
    recordFigures('load', {
      'orders placed': ORDERS,
      concurrency: CONCURRENCY,
      'warm-up reads (not measured)': warmUpReads,
      'orders accepted': load.accepted.length,
      'orders confirmed': settled.filter((o) => o.status === 'CONFIRMED').length,
      'orders cancelled': settled.filter((o) => o.status === 'CANCELLED').length,
      'orders lost': load.accepted.length - settled.length,
      'units oversold': Math.max(0, confirmedUnits(scarce) - SCARCE.units),
      'POST retries (same key)': load.retries,
      // Each was retried with its Idempotency-Key; none is an order lost.
      '5xx seen': load.serverErrors,
      'placement throughput': `${(load.accepted.length / (load.elapsedMs / 1000)).toFixed(1)} orders/s`,
      // From the first POST to the last order's ending event.
      'saga throughput': `${(settled.length / (sagaWindowMs / 1000)).toFixed(1)} orders/s`,
      'saga latency p50': ms(percentile(latencies, 50)),
      'saga latency p95': ms(percentile(latencies, 95)),
      'saga latency p99': ms(percentile(latencies, 99)),
    });
  }, 600_000);
});
