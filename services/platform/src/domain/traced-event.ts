import type { Transport } from '@commerce/shared-core/events';

/** One event as platform's audit stored it: the envelope's identity, and how and when it arrived. */
export interface TracedEvent {
  correlationId: string;
  eventId: string;
  type: string;
  version: number;
  /** The producing service (the envelope's `source`). */
  service: string;
  /** When the producer says the event happened. */
  time: string;
  /** The id of the event (or request) this one reacts to. */
  causationId: string;
  transport: Transport;
  /** When the event reached platform's audit queue (SQS SentTimestamp). */
  deliveredAt: string;
  /** deliveredAt − time: how long the producer's publish and the transport took. */
  deliveryLatencyMs: number;
  /** The event's data, secrets (payment tokens and the like) redacted. */
  data: unknown;
}

/** Where the audit keeps events: one item per event id within its correlation. */
export interface TraceStore {
  /** `duplicate`: the event was stored before (a redelivery); the first arrival is kept. */
  record(event: TracedEvent): Promise<'recorded' | 'duplicate'>;
  /** Every event stored under a correlation id, in no particular order. */
  ofCorrelation(correlationId: string): Promise<TracedEvent[]>;
}
