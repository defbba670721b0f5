import { PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { eventBridgeSource } from '../../../src/publishers/index.js';
import { envelope } from '../../helpers/aws-events.js';
import { eventBridgeHarness, eventBridgeMock, eventBusName, events, resetMocks } from './harness.js';

beforeEach(resetMocks);

describe('the EventBridge publisher', () => {
  it('puts each event on the bus with its source, detail type, time and the envelope as detail', async () => {
    eventBridgeHarness.respond();
    const event = envelope();

    await eventBridgeHarness.make().publish(event);

    expect(eventBridgeMock.commandCalls(PutEventsCommand)[0]?.args[0].input).toEqual({
      Entries: [
        {
          EventBusName: eventBusName,
          Source: 'commerce.orders',
          DetailType: 'OrderPlaced',
          Detail: JSON.stringify(event),
          Time: new Date('2026-11-22T10:00:00.000Z'),
        },
      ],
    });
  });

  it('names the source that consumers rules match on', () => {
    const source = eventBridgeSource('payments');

    expect(source).toBe('commerce.payments');
  });

  it('retries throttled entries but not those failed with a code that cannot succeed later', async () => {
    eventBridgeMock
      .on(PutEventsCommand)
      .resolvesOnce({
        FailedEntryCount: 2,
        Entries: [
          { ErrorCode: 'NotAuthorizedForSourceException', ErrorMessage: 'not allowed' },
          { EventId: 'e-2' },
          { ErrorCode: 'ThrottlingException', ErrorMessage: 'slow down' },
        ],
      })
      .resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'e-3' }] });

    const publishing = eventBridgeHarness.make().publish(events(3));

    await expect(publishing).rejects.toMatchObject({
      retryable: false,
      details: { unpublished: [{ id: 'evt-1', errorCode: 'NotAuthorizedForSourceException', retryable: false }] },
    });
    expect(eventBridgeHarness.calls()).toEqual([['evt-1', 'evt-2', 'evt-3'], ['evt-3']]);
  });

  it('treats an entry the response reports neither accepted nor failed as failed', async () => {
    eventBridgeMock
      .on(PutEventsCommand)
      .resolvesOnce({ FailedEntryCount: 1, Entries: [{ EventId: 'e-1' }] })
      .resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'e-2' }] });

    await eventBridgeHarness.make().publish(events(2));

    expect(eventBridgeHarness.calls()).toEqual([['evt-1', 'evt-2'], ['evt-2']]);
  });

  it('refuses an event whose time is not a date before any call', async () => {
    eventBridgeHarness.respond();

    const publishing = eventBridgeHarness.make().publish(envelope({ id: 'evt-t', time: 'yesterday' }));

    await expect(publishing).rejects.toMatchObject({
      name: 'UnpublishableEventError',
      details: { issues: [{ path: '/0', message: 'event evt-t has a time that is not a date: yesterday' }] },
    });
    expect(eventBridgeHarness.calls()).toEqual([]);
  });
});
