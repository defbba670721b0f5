/**
 * Saga latency as a histogram of fixed, log-scale buckets, so it can be kept with DynamoDB `ADD`s
 * alone (commutative: deliveries may come in any order) and still answer percentiles.
 *
 * Bucket `i` holds latencies in `(2^((i-1)/4), 2^(i/4)]` milliseconds: four buckets per doubling,
 * each about 19% wider than the one before. Bucket 0 holds everything up to 1 ms, the last bucket
 * everything above 2^(LAST_BUCKET/4) ms (about 9.3 hours).
 */
export const BUCKETS_PER_DOUBLING = 4;
export const LAST_BUCKET = 100;

/** The bucket a latency (ms) falls in. Negative latencies (clock skew between hosts) count as 0. */
export const bucketOf = (ms: number): number => {
  if (!(ms > 1)) return 0;
  return Math.min(LAST_BUCKET, Math.ceil(BUCKETS_PER_DOUBLING * Math.log2(ms)));
};

/** The largest latency (ms) bucket `i` holds: the value a percentile falling in it reports. */
export const upperBoundOf = (bucket: number): number => 2 ** (bucket / BUCKETS_PER_DOUBLING);

export interface LatencyHistogram {
  count: number;
  sumMs: number;
  /** Exact; undefined until the first observation. */
  maxMs?: number;
  /** Observations per bucket index; absent buckets are empty. */
  buckets: Readonly<Record<number, number>>;
}

export const PERCENTILES = [50, 90, 95, 99] as const;
export type Percentile = (typeof PERCENTILES)[number];

/**
 * The p-th percentile by nearest rank (the smallest value with at least p% of observations at or
 * below it), reported as the upper bound of the bucket it falls in, rounded to a millisecond and
 * never above the exact maximum. So the estimate is at most one bucket (~19%) above the truth,
 * never below it. Null when nothing was observed.
 */
export const percentileOf = (histogram: LatencyHistogram, p: number): number | null => {
  if (histogram.count <= 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * histogram.count));
  const indexes = Object.keys(histogram.buckets)
    .map(Number)
    .sort((a, b) => a - b);
  let seen = 0;
  for (const index of indexes) {
    seen += histogram.buckets[index] ?? 0;
    if (seen >= rank) {
      const estimate = Math.round(upperBoundOf(index));
      return histogram.maxMs === undefined ? estimate : Math.min(estimate, histogram.maxMs);
    }
  }
  // Buckets that sum to less than count (a partial read): the maximum is the only honest answer.
  return histogram.maxMs ?? null;
};
