import {
  bucketOf,
  LAST_BUCKET,
  percentileOf,
  upperBoundOf,
  type LatencyHistogram,
} from '../../src/domain/latency-histogram.js';

/** The histogram of these latencies, as the ADDs of metric-updates.ts build it. */
const histogramOf = (latencies: number[]): LatencyHistogram => {
  const buckets: Record<number, number> = {};
  for (const ms of latencies) buckets[bucketOf(ms)] = (buckets[bucketOf(ms)] ?? 0) + 1;
  return {
    count: latencies.length,
    sumMs: latencies.reduce((sum, ms) => sum + ms, 0),
    ...(latencies.length > 0 && { maxMs: Math.max(...latencies) }),
    buckets,
  };
};

/** The exact nearest-rank percentile, to compare the estimate with. */
const exactPercentile = (latencies: number[], p: number) =>
  [...latencies].sort((a, b) => a - b)[Math.max(1, Math.ceil((p / 100) * latencies.length)) - 1]!;

describe('the latency buckets', () => {
  it.each([
    [0, 0],
    [-250, 0],
    [1, 0],
    [2, 4],
    [3, 7],
    [4, 8],
    [1000, 40],
    [1024, 40],
    [1025, 41],
  ])('put %d ms in bucket %d', (ms, bucket) => {
    expect(bucketOf(ms)).toBe(bucket);
  });

  it('puts every latency at or below its bucket upper bound and above the previous one', () => {
    for (const ms of [2, 3, 7, 99, 1234, 2442, 60_000, 3_600_000]) {
      const bucket = bucketOf(ms);

      expect(ms).toBeLessThanOrEqual(upperBoundOf(bucket));
      expect(ms).toBeGreaterThan(upperBoundOf(bucket - 1));
    }
  });

  it('keeps each bucket within 19% of the one before, four to a doubling', () => {
    expect(upperBoundOf(44) / upperBoundOf(43)).toBeCloseTo(2 ** 0.25, 10);
    expect(upperBoundOf(44)).toBe(2048);
  });

  it('puts latencies beyond about nine hours in the last bucket', () => {
    expect(bucketOf(10 * 3600 * 1000)).toBe(LAST_BUCKET);
    expect(bucketOf(Number.MAX_SAFE_INTEGER)).toBe(LAST_BUCKET);
  });
});

describe('percentiles from the histogram', () => {
  it('are null before anything was observed', () => {
    expect(percentileOf(histogramOf([]), 50)).toBeNull();
  });

  it('are the one latency when there is one, exactly, since the maximum caps the bucket bound', () => {
    const histogram = histogramOf([2442]);

    expect([50, 90, 95, 99].map((p) => percentileOf(histogram, p))).toEqual([2442, 2442, 2442, 2442]);
  });

  it('follow nearest rank: p50 of 1..100 ms is the bound of the bucket of 50 ms', () => {
    const histogram = histogramOf(Array.from({ length: 100 }, (_, i) => i + 1));

    expect(bucketOf(50)).toBe(23);
    expect(percentileOf(histogram, 50)).toBe(Math.round(upperBoundOf(23)));
    expect(percentileOf(histogram, 50)).toBe(54);
  });

  it('never exceed the exact maximum: p99 of 1..100 ms is 100, not its bucket bound of 108', () => {
    const histogram = histogramOf(Array.from({ length: 100 }, (_, i) => i + 1));

    expect(Math.round(upperBoundOf(bucketOf(99)))).toBe(108);
    expect(percentileOf(histogram, 99)).toBe(100);
  });

  it('never under-estimate, and over-estimate by at most one bucket (19%), on a skewed sample', () => {
    // A long-tailed sample like saga latencies: most sagas take seconds, a few wait for retries.
    const latencies = Array.from({ length: 1000 }, (_, i) => Math.round(800 + 4000 * (i / 1000) ** 6 + (i % 7) * 13));
    const histogram = histogramOf(latencies);

    for (const p of [50, 90, 95, 99]) {
      const exact = exactPercentile(latencies, p);
      const estimate = percentileOf(histogram, p)!;

      expect(estimate).toBeGreaterThanOrEqual(exact);
      expect(estimate).toBeLessThanOrEqual(Math.ceil(exact * 2 ** 0.25));
    }
  });

  it('answer the maximum when the buckets hold fewer observations than the count says', () => {
    expect(percentileOf({ count: 3, sumMs: 30, maxMs: 12, buckets: { 10: 1 } }, 99)).toBe(12);
  });
});
