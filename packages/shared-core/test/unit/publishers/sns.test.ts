import { PublishBatchCommand, PublishCommand } from '@aws-sdk/client-sns';
import { envelope } from '../../helpers/aws-events.js';
import { resetMocks, snsHarness, snsMock, topicArn } from './harness.js';

beforeEach(resetMocks);

const batchEntries = (call = 0) =>
  snsMock.commandCalls(PublishBatchCommand)[call]?.args[0].input.PublishBatchRequestEntries ?? [];

describe('the SNS publisher', () => {
  it('re-sends an entry that a batch response neither lists as successful nor as failed', async () => {
    snsMock
      .on(PublishBatchCommand)
      .resolvesOnce({ Successful: [{ Id: 'evt-1' }], Failed: [] })
      .resolves({ Successful: [{ Id: 'evt-2' }], Failed: [] });

    await snsHarness.make().publish([envelope({ id: 'evt-1' }), envelope({ id: 'evt-2' })]);

    expect(batchEntries(1).map((entry) => entry.Id)).toEqual(['evt-2']);
  });

  it('marks a client fault of the whole request (a missing topic) as not retryable', async () => {
    const notFound = Object.assign(new Error('Topic does not exist'), { name: 'NotFoundException', $fault: 'client' });
    snsMock.on(PublishCommand).rejects(notFound);

    await expect(snsHarness.make().publish(envelope())).rejects.toMatchObject({
      retryable: false,
      details: { unpublished: [expect.objectContaining({ errorCode: 'NotFoundException', retryable: false })] },
    });
  });

  it('publishes one event with one Publish carrying the envelope and filterable attributes', async () => {
    snsHarness.respond();
    const event = envelope();

    await snsHarness.make().publish(event);

    expect(snsMock.commandCalls(PublishBatchCommand)).toHaveLength(0);
    expect(snsMock.commandCalls(PublishCommand)[0]?.args[0].input).toEqual({
      TopicArn: topicArn,
      Message: JSON.stringify(event),
      MessageAttributes: {
        type: { DataType: 'String', StringValue: 'OrderPlaced' },
        version: { DataType: 'Number', StringValue: '1' },
        source: { DataType: 'String', StringValue: 'orders' },
      },
    });
  });

  it('uses the event ids as batch entry ids, with the same attributes on every entry', async () => {
    snsHarness.respond();
    const sent = [envelope({ id: 'evt-1' }), envelope({ id: 'evt-2', type: 'OrderCancelled', version: 2 })];

    await snsHarness.make().publish(sent);

    expect(snsMock.commandCalls(PublishBatchCommand)[0]?.args[0].input.TopicArn).toBe(topicArn);
    expect(batchEntries()).toEqual(
      sent.map((event) => ({
        Id: event.id,
        Message: JSON.stringify(event),
        MessageAttributes: {
          type: { DataType: 'String', StringValue: event.type },
          version: { DataType: 'Number', StringValue: String(event.version) },
          source: { DataType: 'String', StringValue: 'orders' },
        },
      })),
    );
  });

  it('numbers entries by position when an event id is not a valid SNS batch id, and maps failures back', async () => {
    const odd = [envelope({ id: 'order:1#placed' }), envelope({ id: 'order:2#placed' })];
    snsHarness.respond({ 'order:2#placed': 'permanent' });

    const publishing = snsHarness.make().publish(odd);

    await expect(publishing).rejects.toMatchObject({ details: { unpublished: [{ id: 'order:2#placed' }] } });
    expect(batchEntries().map((entry) => entry.Id)).toEqual(['entry-0', 'entry-1']);
  });

  it('refuses a single event whose message and attributes exceed 256 KiB', async () => {
    snsHarness.respond();
    const empty = envelope({ data: { note: '' } });
    const justOver = { ...empty, data: { note: 'x'.repeat(256 * 1024 - snsHarness.documentedSize(empty) + 1) } };

    await expect(snsHarness.make().publish(justOver)).rejects.toThrow(/262145 bytes, over the 262144-byte limit/);
    expect(snsHarness.calls()).toEqual([]);
  });
});
