import { EventBridgeClient, PutEventsCommand, type PutEventsCommandOutput } from '@aws-sdk/client-eventbridge';
import { PublishBatchCommand, PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import type { EventEnvelope } from '../../../src/events/index.js';
import {
  createEventBridgePublisher,
  createSnsPublisher,
  PublishError,
  type Publisher,
} from '../../../src/publishers/index.js';
import { envelope } from '../../helpers/aws-events.js';

const credentials = { accessKeyId: 'x', secretAccessKey: 'y' };
const sns = new SNSClient({ region: 'eu-west-1', credentials });
const eventBridge = new EventBridgeClient({ region: 'eu-west-1', credentials });
const snsMock = mockClient(sns);
const eventBridgeMock = mockClient(eventBridge);
const noWait = () => 0;

const events = (count: number, dataBytes = 10): EventEnvelope[] =>
  Array.from({ length: count }, (_, index) =>
    envelope({ id: `evt-${index + 1}`, data: { orderId: `o-${index + 1}`, note: 'x'.repeat(dataBytes) } }),
  );

/** What each publisher looks like to the tests: how to make it, and how to read and script its calls. */
interface Harness {
  make: (maxAttempts?: number) => Publisher;
  /** Ids sent in each API call, in order. */
  calls: () => string[][];
  /** Each call reports the ids of its turn as failed (retryable); calls after those accept all. */
  respond: (...failedPerCall: string[][]) => void;
}

const snsHarness: Harness = {
  make: (maxAttempts = 3) =>
    createSnsPublisher({
      topicArn: 'arn:aws:sns:eu-west-1:123456789012:orders-events',
      client: sns,
      maxAttempts,
      backoff: noWait,
    }),
  calls: () => [
    ...snsMock
      .commandCalls(PublishCommand)
      .map((call) => [JSON.parse(call.args[0].input.Message ?? '{}').id as string]),
    ...snsMock
      .commandCalls(PublishBatchCommand)
      .map((call) => (call.args[0].input.PublishBatchRequestEntries ?? []).map((entry) => entry.Id ?? '')),
  ],
  respond: (...failedPerCall) => {
    const batch = snsMock.on(PublishBatchCommand);
    for (const ids of failedPerCall) {
      batch.resolvesOnce({ Failed: ids.map((Id) => ({ Id, Code: 'InternalError', SenderFault: false })) });
    }
    batch.resolves({ Failed: [] });
    snsMock.on(PublishCommand).resolves({ MessageId: 'm' });
  },
};

const eventBridgeHarness: Harness = {
  make: (maxAttempts = 3) =>
    createEventBridgePublisher({ eventBusName: 'commerce-dev', client: eventBridge, maxAttempts, backoff: noWait }),
  calls: () =>
    eventBridgeMock
      .commandCalls(PutEventsCommand)
      .map((call) => (call.args[0].input.Entries ?? []).map((entry) => JSON.parse(entry.Detail ?? '{}').id as string)),
  respond: (...failedPerCall) => {
    let call = 0;
    eventBridgeMock.on(PutEventsCommand).callsFake((input: { Entries: Array<{ Detail: string }> }) => {
      const failed = failedPerCall[call] ?? [];
      call += 1;
      // Result entries line up with the request's by position, as PutEvents documents.
      const entries = input.Entries.map((entry) =>
        failed.includes(JSON.parse(entry.Detail).id)
          ? { ErrorCode: 'InternalFailure', ErrorMessage: 'try again' }
          : { EventId: 'e' },
      );
      return {
        FailedEntryCount: entries.filter((entry) => 'ErrorCode' in entry).length,
        Entries: entries,
      } as PutEventsCommandOutput;
    });
  },
};

beforeEach(() => {
  snsMock.reset();
  eventBridgeMock.reset();
});

describe.each([
  ['SNS', snsHarness],
  ['EventBridge', eventBridgeHarness],
])('the %s publisher', (_name, harness) => {
  it.each([1, 10, 11, 25])('publishes %i small events in ceil(N/10) calls', async (count) => {
    harness.respond();

    await harness.make().publish(events(count));

    expect(harness.calls()).toHaveLength(Math.ceil(count / 10));
    expect(harness.calls().flat()).toEqual(events(count).map((event) => event.id));
  });

  it('splits requests so none exceeds 256 KiB', async () => {
    harness.respond();

    await harness.make().publish(events(4, 100 * 1024));

    expect(harness.calls().map((ids) => ids.length)).toEqual([2, 2]);
  });

  it('refuses an event over 256 KiB before calling AWS', async () => {
    harness.respond();

    await expect(harness.make().publish(events(1, 300 * 1024))).rejects.toThrow(/over the 262144-byte limit/);
    expect(harness.calls()).toHaveLength(0);
  });

  it('re-sends only the entries reported failed', async () => {
    harness.respond(['evt-2', 'evt-3']);

    await harness.make().publish(events(3));

    expect(harness.calls()).toEqual([
      ['evt-1', 'evt-2', 'evt-3'],
      ['evt-2', 'evt-3'],
    ]);
  });

  it('names the events still unpublished after the last attempt', async () => {
    harness.respond(['evt-2'], ['evt-2']);

    const publishing = harness.make(2).publish(events(3));

    await expect(publishing).rejects.toBeInstanceOf(PublishError);
    await expect(publishing).rejects.toMatchObject({
      code: 'PUBLISH_FAILED',
      retryable: true,
      details: { unpublished: [expect.objectContaining({ id: 'evt-2' })] },
    });
  });
});

describe('the SNS publisher', () => {
  it('publishes one event with Publish and filterable type, version and source attributes', async () => {
    snsHarness.respond();
    const event = envelope();

    await snsHarness.make().publish(event);

    const input = snsMock.commandCalls(PublishCommand)[0]?.args[0].input;
    expect(JSON.parse(input?.Message ?? '{}')).toEqual(event);
    expect(input?.MessageAttributes).toEqual({
      type: { DataType: 'String', StringValue: 'OrderPlaced' },
      version: { DataType: 'Number', StringValue: '1' },
      source: { DataType: 'String', StringValue: 'orders' },
    });
  });

  it('does not retry entries SNS blames on the sender', async () => {
    snsMock
      .on(PublishBatchCommand)
      .resolves({ Failed: [{ Id: 'evt-1', Code: 'InvalidParameter', SenderFault: true }] });

    const publishing = snsHarness.make().publish(events(2));

    await expect(publishing).rejects.toMatchObject({ retryable: false });
    expect(snsMock.commandCalls(PublishBatchCommand)).toHaveLength(1);
  });

  it('wraps an SDK failure with every id of the request', async () => {
    snsMock.on(PublishCommand).rejects(new Error('socket hang up'));

    await expect(snsHarness.make().publish(envelope({ id: 'evt-9' }))).rejects.toMatchObject({
      code: 'PUBLISH_FAILED',
      details: { unpublished: [expect.objectContaining({ id: 'evt-9' })] },
    });
  });
});

describe('the EventBridge publisher', () => {
  it('puts each event on the bus with its source, detail type, time and envelope as detail', async () => {
    eventBridgeHarness.respond();
    const event = envelope();

    await eventBridgeHarness.make().publish(event);

    expect(eventBridgeMock.commandCalls(PutEventsCommand)[0]?.args[0].input.Entries).toEqual([
      {
        EventBusName: 'commerce-dev',
        Source: 'commerce.orders',
        DetailType: 'OrderPlaced',
        Detail: JSON.stringify(event),
        Time: new Date(event.time),
      },
    ]);
  });
});
