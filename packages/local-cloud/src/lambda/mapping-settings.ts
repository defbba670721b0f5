import { EventSourceMappingError } from './event-source-mapping-error.js';

export interface MappingSettings {
  readonly batchSize: number;
  readonly maximumBatchingWindowInSeconds: number;
  readonly concurrency: number;
}

const isIntegerIn = (value: number, min: number, max: number): boolean =>
  Number.isInteger(value) && value >= min && value <= max;

/**
 * The batching settings with AWS's defaults (batch size 10, no window), checked against its
 * limits for standard queues: batch size 1–10000, window 0–300 s, and a window of at least one
 * second above ten messages, because one receive returns at most ten.
 *
 * @internal
 */
export const mappingSettings = ({
  batchSize = 10,
  maximumBatchingWindowInSeconds = 0,
  concurrency = 1,
}: Partial<MappingSettings>): MappingSettings => {
  if (!isIntegerIn(batchSize, 1, 10_000)) {
    throw new EventSourceMappingError(`BatchSize must be an integer from 1 to 10000, not ${batchSize}`);
  }
  if (!isIntegerIn(maximumBatchingWindowInSeconds, 0, 300)) {
    throw new EventSourceMappingError(
      `MaximumBatchingWindowInSeconds must be an integer from 0 to 300, not ${maximumBatchingWindowInSeconds}`,
    );
  }
  if (batchSize > 10 && maximumBatchingWindowInSeconds < 1) {
    throw new EventSourceMappingError(
      `BatchSize ${batchSize} is above 10, which needs MaximumBatchingWindowInSeconds of at least 1`,
    );
  }
  if (!isIntegerIn(concurrency, 1, 1_000)) {
    throw new EventSourceMappingError(`concurrency must be an integer from 1 to 1000, not ${concurrency}`);
  }
  return { batchSize, maximumBatchingWindowInSeconds, concurrency };
};
