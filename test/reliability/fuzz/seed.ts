import fc from 'fast-check';

/**
 * One seed for the whole run, so a failure replays exactly (`FUZZ_SEED=<seed>`). Fixed by default,
 * so every run tries the same inputs; set the variable to explore others.
 */
export const FUZZ_SEED = Number(process.env['FUZZ_SEED'] ?? 20_261_123);

/** How many inputs each property tries: bounded, so the suite keeps to a few minutes on two cores. */
export const RUNS = {
  /** HTTP requests per route. */
  route: Number(process.env['FUZZ_ROUTE_RUNS'] ?? 300),
  /** Orders placed that the API accepts, each followed to its end. */
  order: Number(process.env['FUZZ_ORDER_RUNS'] ?? 25),
  /** Batches per receiver, each of 1 to 9 malformed records and one valid record. */
  batch: Number(process.env['FUZZ_BATCH_RUNS'] ?? 60),
  /** Malformed messages per receiver's queue, left to its redrive policy. */
  queued: Number(process.env['FUZZ_QUEUED'] ?? 12),
} as const;

/**
 * The seed of one property: the run's seed, varied by the property's name, so two routes (or two
 * receivers) do not walk the same choices; the same name always gets the same seed.
 */
export const seedFor = (name: string): number =>
  [...name].reduce((hash, char) => (Math.imul(hash, 31) + char.charCodeAt(0)) | 0, FUZZ_SEED);

/**
 * Checks an async property, named for its seed, with a fixed number of runs. fast-check's report
 * (the shrunk counterexample, its seed and path) gets a line saying how to replay the whole run.
 */
export const checkProperty = async <T>(
  name: string,
  property: fc.IAsyncProperty<T>,
  numRuns: number,
  { shrink = true } = {},
): Promise<void> => {
  try {
    // Without shrinking, the first failure is reported as it is: for properties whose every run is slow.
    await fc.assert(property, { seed: seedFor(name), numRuns, endOnFailure: !shrink });
  } catch (error) {
    if (error instanceof Error) error.message += `\n\nReplay the whole run with FUZZ_SEED=${FUZZ_SEED}.`;
    throw error;
  }
};
