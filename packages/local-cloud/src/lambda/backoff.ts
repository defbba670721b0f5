import { setTimeout as sleep } from 'node:timers/promises';

/** Waits that double from `firstMs` up to `maxMs`, back to `firstMs` after `reset()`. */
export interface Backoff {
  /** Sleeps for the next delay; rejects with an AbortError as soon as `signal` aborts. */
  wait(signal: AbortSignal): Promise<void>;
  reset(): void;
}

/** @internal */
export const createBackoff = ({ firstMs = 250, maxMs = 5_000 } = {}): Backoff => {
  let delayMs = firstMs;
  return {
    async wait(signal) {
      const current = delayMs;
      delayMs = Math.min(delayMs * 2, maxMs);
      await sleep(current, undefined, { signal });
    },
    reset() {
      delayMs = firstMs;
    },
  };
};
