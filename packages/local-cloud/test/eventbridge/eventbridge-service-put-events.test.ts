import { PutEventsCommand } from '@aws-sdk/client-eventbridge';
import {
  orderEntry,
  putEvents,
  receiveBodies,
  ruleToQueue,
  startLocalEvents,
  stderrDuring,
  type LocalEvents,
} from './local-events.js';

// https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html
describe('EventBridge PutEvents', () => {
  let cloud: LocalEvents;

  beforeAll(async () => {
    cloud = await startLocalEvents();
  });

  afterAll(async () => {
    await cloud?.stop();
  });

  // https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEventsResultEntry.html
  it('fails bad entries one by one, in their place, and still puts and delivers the good ones', async () => {
    const queue = await ruleToQueue(cloud, { name: 'mixed', pattern: { source: ['commerce.orders'] } });

    const { FailedEntryCount, Entries = [] } = await putEvents(
      cloud,
      orderEntry({ Detail: '{"n":1}' }),
      orderEntry({ Detail: '[1, 2]' }),
      orderEntry({ Detail: 'not json' }),
      orderEntry({ Source: undefined }),
      orderEntry({ DetailType: undefined }),
      orderEntry({ Detail: undefined }),
      orderEntry({ Detail: '{"n":2}' }),
    );

    expect(FailedEntryCount).toBe(5);
    expect(Entries).toEqual([
      { EventId: expect.any(String) },
      { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' },
      { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' },
      {
        ErrorCode: 'InvalidArgument',
        ErrorMessage: 'Parameter Source is not valid. Reason: Source is a required argument.',
      },
      {
        ErrorCode: 'InvalidArgument',
        ErrorMessage: 'Parameter DetailType is not valid. Reason: DetailType is a required argument.',
      },
      {
        ErrorCode: 'InvalidArgument',
        ErrorMessage: 'Parameter Detail is not valid. Reason: Detail is a required argument.',
      },
      { EventId: expect.any(String) },
    ]);
    expect(await receiveBodies(cloud, queue)).toEqual([
      expect.objectContaining({ id: Entries[0]?.EventId, detail: { n: 1 } }),
      expect.objectContaining({ id: Entries[6]?.EventId, detail: { n: 2 } }),
    ]);
  });

  it('refuses a request of 11 entries, or of none, whole', async () => {
    const queue = await ruleToQueue(cloud, { name: 'too-many', pattern: { 'detail-type': ['TooMany'] } });

    await expect(
      putEvents(cloud, ...Array.from({ length: 11 }, () => orderEntry({ DetailType: 'TooMany' }))),
    ).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringContaining('Member must have length between 1 and 10'),
    });
    await expect(cloud.events.send(new PutEventsCommand({ Entries: [] }))).rejects.toMatchObject({
      name: 'ValidationException',
    });
    expect(await receiveBodies(cloud, queue)).toEqual([]);
  });

  // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-putevent-size.html: Time counts 14 bytes;
  // Source, DetailType, Detail and each resource their UTF-8 bytes; the total must be less than 256KB.
  describe('measuring entries as EventBridge does', () => {
    const LIMIT = 262_144;
    // Source 's' (1) + DetailType 'd' (1) + Time (14) + resource 'r' (1) + Detail `{"p":"…"}` (8 + padding bytes).
    const entryOfSize = (size: number) => {
      const padding = size - 1 - 1 - 14 - 1 - 8;
      // 'é' is 2 bytes in UTF-8: the limit counts bytes, not characters.
      const pad = 'é'.repeat(Math.floor(padding / 2)) + 'x'.repeat(padding % 2);
      return { Source: 's', DetailType: 'd', Time: new Date(), Resources: ['r'], Detail: JSON.stringify({ p: pad }) };
    };

    it('takes entries whose sizes add up to one byte under 256 KiB', async () => {
      const { FailedEntryCount } = await putEvents(cloud, entryOfSize(100_000), entryOfSize(LIMIT - 100_001));

      expect(FailedEntryCount).toBe(0);
    });

    it('refuses the whole request when they add up to 256 KiB', async () => {
      await expect(putEvents(cloud, entryOfSize(100_000), entryOfSize(LIMIT - 100_000))).rejects.toMatchObject({
        name: 'ValidationException',
        message: 'Total size of the entries in the request is over the limit.',
      });
    });
  });

  // AWS accepts an entry for a bus that does not exist and drops its event:
  // https://github.com/aws/aws-cli/issues/9186, https://github.com/aws/aws-sdk/issues/186.
  it('accepts an entry for a bus that does not exist, as AWS does, and says on stderr that its event was dropped', async () => {
    let answer: Awaited<ReturnType<typeof putEvents>> | undefined;
    const stderr = await stderrDuring(async () => {
      answer = await putEvents(cloud, orderEntry({ EventBusName: 'nowhere' }));
    });

    expect(answer?.FailedEntryCount).toBe(0);
    expect(answer?.Entries?.[0]?.EventId).toEqual(expect.any(String));
    expect(stderr).toContain(
      `event ${answer?.Entries?.[0]?.EventId} was put on event bus nowhere, which does not exist`,
    );
  });
});
