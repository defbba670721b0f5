import { createAnalytics } from '../../src/domain/analytics.js';
import { SERIES_MINUTES, seriesMinutes, summarize } from '../../src/domain/summary.js';
import { AFTER_THE_EXAMPLES, AFTER_THE_FIRST_ORDER, everyExample, example, shuffled } from '../helpers/examples.js';
import { createInMemoryMetrics } from '../helpers/in-memory-metrics.js';

const analyticsAt = (now: Date) => {
  const metrics = createInMemoryMetrics();
  return { metrics, analytics: createAnalytics({ metrics, now: () => now }) };
};

describe('the summary', () => {
  it('is all zeros, with null conversion and percentiles, before any event', () => {
    const summary = summarize(new Map(), AFTER_THE_EXAMPLES);

    expect(summary).toMatchObject({
      generatedAt: AFTER_THE_EXAMPLES.toISOString(),
      orders: { placed: 0, confirmed: 0, cancelled: 0, pending: 0 },
      conversion: null,
      revenue: {},
      cancellations: {},
      eventsByType: {},
      latencyMs: { count: 0, p50: null, p90: null, p95: null, p99: null, max: null },
    });
    expect(summary.perMinute).toHaveLength(SERIES_MINUTES);
    expect(summary.perMinute.every((minute) => minute.placed + minute.confirmed + minute.cancelled === 0)).toBe(true);
  });

  it('adds up every catalog example: statuses, conversion, revenue, reasons, types and latency', async () => {
    const { analytics } = analyticsAt(AFTER_THE_EXAMPLES);
    for (const event of everyExample()) await analytics.record(event);

    const summary = await analytics.summary();

    expect(summary).toMatchObject({
      orders: { placed: 3, confirmed: 2, cancelled: 4, pending: 0 },
      conversion: 2 / 3,
      revenue: { EUR: 5248 + 25296 },
      cancellations: { OUT_OF_STOCK: 1, UNKNOWN_SKU: 1, PAYMENT_DECLINED: 1, PAYMENT_UNAVAILABLE: 1 },
      eventsByType: {
        OrderPlaced: 3,
        InventoryReserved: 2,
        InventoryReservationFailed: 2,
        PaymentSucceeded: 2,
        PaymentFailed: 2,
        OrderConfirmed: 2,
        OrderCancelled: 4,
        InventoryCommitted: 2,
        InventoryReleased: 2,
        NotificationSent: 2,
      },
      // 2442 ms and 2451 ms share a bucket, whose bound the maximum caps.
      latencyMs: { count: 2, p50: 2451, p90: 2451, p95: 2451, p99: 2451, max: 2451 },
    });
  });

  it('counts pending orders as placed minus settled, and never below zero when outcomes arrive first', async () => {
    const { analytics } = analyticsAt(AFTER_THE_FIRST_ORDER);
    await analytics.record(example('OrderConfirmed', 'two T-shirts and a mug'));
    await analytics.record(example('OrderCancelled', 'out of stock'));

    expect((await analytics.summary()).orders).toEqual({ placed: 0, confirmed: 1, cancelled: 1, pending: 0 });

    await analytics.record(example('OrderPlaced', 'two T-shirts and a mug'));
    await analytics.record(example('OrderPlaced', 'three hoodies when one is in stock'));
    await analytics.record(example('OrderPlaced', 'a pair of sneakers, paid with a card that will be declined'));

    expect((await analytics.summary()).orders).toEqual({ placed: 3, confirmed: 1, cancelled: 1, pending: 1 });
  });

  it('shows the last 60 minutes by event time, oldest first, ending at the current minute, zero-filled', async () => {
    const { analytics } = analyticsAt(AFTER_THE_FIRST_ORDER);
    for (const event of everyExample()) await analytics.record(event);

    const { perMinute } = await analytics.summary();

    expect(perMinute).toHaveLength(60);
    expect(perMinute[0]?.minute).toBe('2025-03-14T09:01:00.000Z');
    expect(perMinute.at(-1)?.minute).toBe('2025-03-14T10:00:00.000Z');
    expect(perMinute.find((minute) => minute.minute === '2025-03-14T09:26:00.000Z')).toEqual({
      minute: '2025-03-14T09:26:00.000Z',
      placed: 1,
      confirmed: 1,
      cancelled: 0,
      revenue: { EUR: 5248 },
    });
    expect(perMinute.filter((minute) => minute.placed + minute.confirmed + minute.cancelled > 0)).toHaveLength(1);
  });

  it('is the same whatever the order and however often events arrive', async () => {
    const once = analyticsAt(AFTER_THE_EXAMPLES);
    for (const event of everyExample()) await once.analytics.record(event);
    const twiceShuffled = analyticsAt(AFTER_THE_EXAMPLES);
    for (const event of shuffled([...everyExample(), ...everyExample()])) await twiceShuffled.analytics.record(event);

    expect(await twiceShuffled.analytics.summary()).toEqual(await once.analytics.summary());
  });

  it('reports a redelivered event as a duplicate', async () => {
    const { analytics } = analyticsAt(AFTER_THE_EXAMPLES);
    const placed = example('OrderPlaced', 'two T-shirts and a mug');

    expect([await analytics.record(placed), await analytics.record(placed)]).toEqual(['recorded', 'duplicate']);
  });
});

describe('the series minutes', () => {
  it('cross hours and days in UTC', () => {
    expect(seriesMinutes(new Date('2025-03-15T00:00:10.000Z'), 3)).toEqual([
      '2025-03-14T23:58',
      '2025-03-14T23:59',
      '2025-03-15T00:00',
    ]);
  });
});
