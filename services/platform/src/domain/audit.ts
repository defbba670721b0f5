import type { EventEnvelope, Transport } from '@commerce/shared-core/events';
import { redactSecrets } from '@commerce/shared-core/logging';
import type { TracedEvent, TraceStore } from './traced-event.js';

export interface Delivery {
  transport: Transport;
  /** When the message reached the audit queue, in ms since the epoch (SQS SentTimestamp). */
  sentTimestamp: number;
}

/** One event as the audit stores it; secrets in its data are redacted. */
export const tracedEventOf = (event: EventEnvelope, delivery: Delivery): TracedEvent => ({
  correlationId: event.correlationId,
  eventId: event.id,
  type: event.type,
  version: event.version,
  service: event.source,
  time: event.time,
  causationId: event.causationId,
  transport: delivery.transport,
  deliveredAt: new Date(delivery.sentTimestamp).toISOString(),
  deliveryLatencyMs: Math.max(0, delivery.sentTimestamp - Date.parse(event.time)),
  // The trace is read by people answering "why did this order fail?": never a card token.
  data: redactSecrets(event.data),
});

/**
 * The audit: every event of every transport, stored once under its correlation id. A redelivery
 * keeps the first arrival, so the delivery latency shown is the event's, not a retry's.
 *
 * @example
 * const auditor = createAuditor(createTraceTable({ tableName }));
 * await auditor.record(event, { transport: 'sns', sentTimestamp: Date.now() }); // 'recorded'
 */
export const createAuditor = (trace: Pick<TraceStore, 'record'>) => ({
  record(event: EventEnvelope, delivery: Delivery): Promise<'recorded' | 'duplicate'> {
    return trace.record(tracedEventOf(event, delivery));
  },
});

export type Auditor = ReturnType<typeof createAuditor>;
