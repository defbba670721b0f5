export interface BackoffSettings {
  baseSeconds: number;
  maxSeconds: number;
}

/** SQS hides a message at most 12 hours (ChangeMessageVisibility's VisibilityTimeout limit). */
const SQS_MAX_VISIBILITY_SECONDS = 43_200;

/**
 * Seconds to wait before attempt `failed + 1`: base, 2 x base, 4 x base, ... capped at max, so a
 * provider that is down is not hammered and one that blinked is retried soon.
 */
export const backoffSeconds = (failed: number, { baseSeconds, maxSeconds }: BackoffSettings): number =>
  Math.min(baseSeconds * 2 ** Math.max(0, failed - 1), maxSeconds, SQS_MAX_VISIBILITY_SECONDS);
