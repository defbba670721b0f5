import type { EventEnvelope } from '../events/index.js';

/** Publishes built events (see createEvent / deriveEvent) to one topic or bus. */
export interface Publisher {
  /** Resolves once every event is accepted; throws PublishError naming any that were not. */
  publish(events: EventEnvelope | readonly EventEnvelope[]): Promise<void>;
}
