import { ConfigError } from '../errors/index.js';
import type { EventEnvelope } from '../events/index.js';
import { fullJitterBackoff, type RetryPolicy } from './batching.js';

/**
 * Publishes built events (see `createEvent` / `deriveEvent`) to one SNS topic or EventBridge bus.
 *
 * @example
 * const publisher: Publisher = createSnsPublisher({ topicArn: config.ORDERS_TOPIC_ARN });
 * await publisher.publish([placed, reserved]);
 */
export interface Publisher {
  /**
   * Resolves once AWS has accepted every event. Rejects with `PublishError` naming each event that
   * was not accepted, or with `UnpublishableEventError`, before any call, when an event can never be.
   */
  publish(events: EventEnvelope | readonly EventEnvelope[]): Promise<void>;
}

/**
 * The delay in milliseconds before attempt number `attempt` of the failed entries (2 for the first retry).
 *
 * @example
 * const noWait: Backoff = () => 0; // in unit tests
 */
export type Backoff = (attempt: number) => number;

/**
 * Options both publishers share.
 *
 * @example
 * createEventBridgePublisher({ eventBusName, maxAttempts: 5, backoff: (attempt) => 100 * attempt });
 */
export interface PublisherOptions<TClient> {
  /** A client to use instead of the per-process default one (tests, custom configuration). */
  client?: TClient;
  /**
   * Attempts per entry that AWS reports failed, the first included. Default 3. These come on top of
   * the SDK's own retries of a whole call (throttling, network errors).
   */
  maxAttempts?: number;
  /** Delay before each retry of failed entries. Default: exponential backoff with full jitter. */
  backoff?: Backoff;
}

/** @internal Checks a publisher's options once, at creation (module scope), rather than at the first publish. */
export function retryPolicyOf(destination: Record<string, string>, options: PublisherOptions<unknown>): RetryPolicy {
  const { maxAttempts = 3, backoff = fullJitterBackoff } = options;
  const problems = Object.entries(destination).flatMap(([name, value]) => (value ? [] : [`${name} is required`]));
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    problems.push(`maxAttempts must be a whole number of at least 1, got ${maxAttempts}`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return { maxAttempts, backoff };
}

/** @internal Makes the value on first call and keeps it for the process: a warm Lambda reuses it, and a
 * code path that never publishes never builds it. */
export const perProcess = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};

/** @internal */
export const listOf = (events: EventEnvelope | readonly EventEnvelope[]): readonly EventEnvelope[] =>
  Array.isArray(events) ? events : [events as EventEnvelope];
