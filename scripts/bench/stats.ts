/** The middle value; the mean of the two middle ones for an even count. */
export const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * Median of differences taken within each round. Both sides of a round ran back to back under the
 * same load, so comparing inside the round cancels most of a noisy neighbour.
 */
export const pairedDifference = (samples: readonly number[], baseline: readonly number[]): number =>
  median(samples.map((sample, round) => sample - baseline[round]!));
