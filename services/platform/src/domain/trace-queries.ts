import { ValidationError } from '@commerce/shared-core';
import { inCausalOrder } from './causal-order.js';
import type { TracedEvent, TraceStore } from './traced-event.js';

/** As shared-core accepts an `x-correlation-id`: printable ASCII without spaces, 1 to 128 characters. */
const CORRELATION_ID = /^[\x21-\x7e]{1,128}$/;

export interface Trace {
  correlationId: string;
  events: Omit<TracedEvent, 'correlationId'>[];
}

/**
 * The read side of the audit: a saga's events in causal order, the answer to "why did this order
 * fail?". An unknown correlation id has an empty trace (its events may not have arrived yet).
 */
export const createTraceQueries = (trace: Pick<TraceStore, 'ofCorrelation'>) => ({
  async byCorrelation(query: Readonly<Record<string, string | undefined>>): Promise<Trace> {
    const { correlationId } = query;
    // Checked before it becomes a DynamoDB key: DynamoDB answers an empty or oversize key with a 500.
    if (correlationId === undefined || !CORRELATION_ID.test(correlationId)) {
      throw new ValidationError('correlationId is required: printable ASCII without spaces, 1 to 128 characters', [
        { path: '/correlationId', message: 'must be 1 to 128 printable ASCII characters without spaces' },
      ]);
    }
    const events = inCausalOrder(await trace.ofCorrelation(correlationId));
    return { correlationId, events: events.map(({ correlationId: _same, ...event }) => event) };
  },
});

export type TraceQueries = ReturnType<typeof createTraceQueries>;
