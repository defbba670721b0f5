import { createAuditor } from '../../src/domain/audit.js';
import { createTraceQueries } from '../../src/domain/trace-queries.js';
import { confirmedPlaced, sagaEvents } from '../helpers/catalog-sagas.js';
import { createInMemoryTrace } from '../helpers/in-memory-trace.js';

describe('reading a trace', () => {
  it("answers a saga's events in causal order, each with its service, version, time and delivery latency", async () => {
    const trace = createInMemoryTrace();
    const auditor = createAuditor(trace);
    const { correlationId } = confirmedPlaced();
    for (const event of sagaEvents(correlationId)) {
      await auditor.record(event, { transport: 'sns', sentTimestamp: Date.parse(event.time) + 40 });
    }

    const answer = await createTraceQueries(trace).byCorrelation({ correlationId });

    expect(answer.correlationId).toBe(correlationId);
    expect(answer.events[0]).toEqual({
      eventId: expect.any(String),
      type: 'OrderPlaced',
      version: 1,
      service: 'orders',
      time: expect.any(String),
      causationId: correlationId,
      transport: 'sns',
      deliveredAt: expect.any(String),
      deliveryLatencyMs: 40,
      data: expect.objectContaining({ paymentToken: '[REDACTED]' }),
    });
    expect(answer.events.map((event) => event.type).at(-1)).toBe('NotificationSent');
  });

  it('answers an empty trace for a correlation id nothing was recorded under', async () => {
    const answer = await createTraceQueries(createInMemoryTrace()).byCorrelation({ correlationId: 'never-seen' });

    expect(answer).toEqual({ correlationId: 'never-seen', events: [] });
  });

  it.each([
    ['no correlationId', {}],
    ['an empty one', { correlationId: '' }],
    ['one with a space', { correlationId: 'a b' }],
    ['one of 129 characters', { correlationId: 'x'.repeat(129) }],
    ['one beyond ASCII', { correlationId: 'ordér' }],
  ])('refuses %s with 422 before it reaches the table', async (_case, query) => {
    await expect(createTraceQueries(createInMemoryTrace()).byCorrelation(query)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      status: 422,
    });
  });
});
