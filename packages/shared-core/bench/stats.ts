/** Nearest-rank quantile: with 15 samples, p90 is the 14th smallest, a value that was really measured. */
export const quantile = (values: readonly number[], q: number): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
};

export const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/**
 * Median of per-round comparisons. Each round ran the fixture and its baseline back to back, so
 * both saw the same machine load; comparing within the round cancels most of a noisy neighbour.
 */
export const pairedMedian = (
  samples: readonly number[],
  baseline: readonly number[],
  compare: (sample: number, base: number) => number,
): number => median(samples.map((sample, round) => compare(sample, baseline[round] as number)));

/** Round-robin order that starts one place later each round, so no fixture always runs first. */
export const rotate = <T>(items: readonly T[], round: number): T[] => {
  const shift = round % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
};
