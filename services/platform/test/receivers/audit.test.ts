// First: the receiver module loads its settings at import, as in Lambda.
import '../helpers/environment.js';
import type { SQSBatchResponse } from 'aws-lambda';
import { allDeliveries, lambdaContext, sqsBatch, textRecord } from '@commerce/testing';
import { createAuditor } from '../../src/domain/audit.js';
import { createAuditReceiver } from '../../src/receivers/audit.js';
import { confirmedPlaced, sagaEvents } from '../helpers/catalog-sagas.js';
import { createInMemoryTrace } from '../helpers/in-memory-trace.js';

const auditOn = () => {
  const trace = createInMemoryTrace();
  return { trace, receive: createAuditReceiver(createAuditor(trace)) };
};

const transportOf = { notification: 'sns', raw: 'sns-raw', eventBridge: 'eventbridge' } as const;

describe.each(Object.entries(allDeliveries))('the audit receiver, delivery %s', (how, deliver) => {
  it('stores every event of a saga under its correlation id, with the transport it came by', async () => {
    const { trace, receive } = auditOn();
    const saga = sagaEvents(confirmedPlaced().correlationId);

    const response = await receive(sqsBatch(...saga.map((event) => deliver(event))), lambdaContext);

    expect(response).toEqual({ batchItemFailures: [] });
    const stored = await trace.ofCorrelation(confirmedPlaced().correlationId);
    expect(stored.map((event) => event.eventId).sort()).toEqual(saga.map((event) => event.id).sort());
    expect(new Set(stored.map((event) => event.transport))).toEqual(
      new Set([transportOf[how as keyof typeof transportOf]]),
    );
  });
});

describe('the audit receiver', () => {
  it('measures delivery latency from the event’s time to its arrival in the queue, and never stores a card token', async () => {
    const { trace, receive } = auditOn();
    const placed = confirmedPlaced();
    const record = allDeliveries.notification(placed);
    record.attributes.SentTimestamp = String(Date.parse(placed.time) + 125);

    await receive(sqsBatch(record), lambdaContext);

    const [stored] = await trace.ofCorrelation(placed.correlationId);
    expect(stored).toMatchObject({ deliveryLatencyMs: 125, service: 'orders', type: 'OrderPlaced', version: 1 });
    expect(JSON.stringify(stored)).not.toContain((placed.data as { paymentToken: string }).paymentToken);
  });

  it('keeps the first arrival of an event delivered twice', async () => {
    const { trace, receive } = auditOn();
    const placed = confirmedPlaced();
    const first = allDeliveries.notification(placed);
    const again = allDeliveries.eventBridge(placed, 2);
    again.attributes.SentTimestamp = String(Date.parse(placed.time) + 60_000);

    await receive(sqsBatch(first), lambdaContext);
    await receive(sqsBatch(again), lambdaContext);

    const stored = await trace.ofCorrelation(placed.correlationId);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      transport: 'sns',
      deliveredAt: new Date(Number(first.attributes.SentTimestamp)).toISOString(),
    });
  });

  it('fails only the records it cannot read or does not know, for the DLQ to keep', async () => {
    const { trace, receive } = auditOn();
    const placed = confirmedPlaced();
    const unknown = allDeliveries.raw({
      ...placed,
      id: '9b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
      type: 'OrderTeleported',
    });
    const garbage = textRecord('{"not":"an event"');

    const response = (await receive(
      sqsBatch(unknown, garbage, allDeliveries.raw(placed)),
      lambdaContext,
    )) as SQSBatchResponse;

    expect(response.batchItemFailures).toEqual([
      { itemIdentifier: unknown.messageId },
      { itemIdentifier: garbage.messageId },
    ]);
    expect(await trace.ofCorrelation(placed.correlationId)).toHaveLength(1);
  });
});
