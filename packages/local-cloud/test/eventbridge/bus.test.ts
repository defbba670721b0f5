import {
  CreateEventBusCommand,
  EventBridgeClient,
  InvalidEventPatternException,
  PutEventsCommand,
  PutRuleCommand,
  PutTargetsCommand,
} from '@aws-sdk/client-eventbridge';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { startEdge, type Edge } from '../../src/edge/edge-server.js';
import { LOCAL_CREDENTIALS } from '../../src/local-account.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('the local EventBridge', () => {
  let edge: Edge;
  let events: EventBridgeClient;
  let sqs: SQSClient;
  let ruleCount = 0;

  beforeAll(async () => {
    edge = await startEdge({ port: 0 });
    const config = { endpoint: edge.url, region: edge.region, credentials: LOCAL_CREDENTIALS };
    events = new EventBridgeClient(config);
    sqs = new SQSClient(config);
    await events.send(new CreateEventBusCommand({ Name: 'commerce' }));
    await events.send(new CreateEventBusCommand({ Name: 'commerce-dev' }));
  });

  afterAll(async () => {
    events?.destroy();
    sqs?.destroy();
    await edge?.stop();
  });

  /** A queue and a rule on `bus` delivering to it; returns the queue's URL. */
  const ruleToQueue = async (bus: string, pattern: object, target: { InputPath?: string } = {}, state = 'ENABLED') => {
    ruleCount += 1;
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: `rule-target-${ruleCount}` }));
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
    const Rule = `rule-${ruleCount}`;
    await events.send(
      new PutRuleCommand({
        Name: Rule,
        EventBusName: bus,
        EventPattern: JSON.stringify(pattern),
        State: state as 'ENABLED',
      }),
    );
    const { FailedEntryCount } = await events.send(
      new PutTargetsCommand({
        Rule,
        EventBusName: bus,
        Targets: [{ Id: 'queue', Arn: Attributes?.['QueueArn'], ...target }],
      }),
    );
    expect(FailedEntryCount).toBe(0);
    return QueueUrl as string;
  };

  const bodies = async (QueueUrl: string, WaitTimeSeconds = 1) => {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds, MaxNumberOfMessages: 10 }),
    );
    return Messages.map((message) => JSON.parse(message.Body ?? 'null') as Record<string, unknown>);
  };

  const put = (bus: string, detailType: string, detail: object | string) =>
    events.send(
      new PutEventsCommand({
        Entries: [
          {
            EventBusName: bus,
            Source: 'commerce.orders',
            DetailType: detailType,
            Detail: typeof detail === 'string' ? detail : JSON.stringify(detail),
          },
        ],
      }),
    );

  // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events-structure.html
  it("delivers a matching event to the rule's queue in the shape EventBridge sends, with a UUID id", async () => {
    const queue = await ruleToQueue('commerce', { source: ['commerce.orders'], 'detail-type': ['OrderConfirmed'] });

    const { Entries } = await put('commerce', 'OrderConfirmed', { orderId: 'o-1' });

    const [event] = await bodies(queue);
    expect(event).toEqual({
      version: '0',
      id: Entries?.[0]?.EventId,
      'detail-type': 'OrderConfirmed',
      source: 'commerce.orders',
      account: edge.accountId,
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      region: edge.region,
      resources: [],
      detail: { orderId: 'o-1' },
    });
    expect(event?.['id']).toMatch(UUID);
  });

  it('does not deliver an event the pattern does not match, nor one on another bus of a similar name', async () => {
    const queue = await ruleToQueue('commerce', { 'detail-type': ['OrderCancelled'] });

    await put('commerce', 'OrderConfirmed', {});
    await put('commerce-dev', 'OrderCancelled', {});

    expect(await bodies(queue)).toEqual([]);
  });

  it("delivers only what the target's InputPath selects", async () => {
    const queue = await ruleToQueue('commerce', { 'detail-type': ['Selected'] }, { InputPath: '$.detail' });

    await put('commerce', 'Selected', { orderId: 'o-2', total: 1200 });

    expect(await bodies(queue)).toEqual([{ orderId: 'o-2', total: 1200 }]);
  });

  it('does not deliver through a disabled rule', async () => {
    const queue = await ruleToQueue('commerce', { 'detail-type': ['Disabled'] }, {}, 'DISABLED');

    await put('commerce', 'Disabled', {});

    expect(await bodies(queue)).toEqual([]);
  });

  // https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html
  it('fails bad entries one by one, in their place, and still takes the good ones', async () => {
    const { FailedEntryCount, Entries = [] } = await events.send(
      new PutEventsCommand({
        Entries: [
          { EventBusName: 'commerce', Source: 'commerce.orders', DetailType: 'Ok', Detail: '{}' },
          { EventBusName: 'commerce', Source: 'commerce.orders', DetailType: 'Bad', Detail: '[1, 2]' },
          { EventBusName: 'commerce', DetailType: 'NoSource', Detail: '{}' },
          { EventBusName: 'nowhere', Source: 'commerce.orders', DetailType: 'Lost', Detail: '{}' },
        ],
      }),
    );

    expect(FailedEntryCount).toBe(3);
    expect(Entries[0]?.EventId).toMatch(UUID);
    expect(Entries.slice(1).map((entry) => entry.ErrorCode)).toEqual([
      'MalformedDetail',
      'InvalidArgument',
      'ResourceNotFoundException',
    ]);
  });

  it('refuses 11 entries and a request over 256 KB whole', async () => {
    const entry = { Source: 's', DetailType: 'd', Detail: '{}' };
    await expect(events.send(new PutEventsCommand({ Entries: Array(11).fill(entry) }))).rejects.toMatchObject({
      name: 'ValidationException',
    });
    const big = { ...entry, Detail: JSON.stringify({ pad: 'x'.repeat(130 * 1024) }) };
    await expect(events.send(new PutEventsCommand({ Entries: [big, big] }))).rejects.toThrow('over the limit');
  });

  it('refuses a pattern EventBridge would refuse, and a target it cannot deliver to', async () => {
    await expect(
      events.send(
        new PutRuleCommand({ Name: 'bad', EventBusName: 'commerce', EventPattern: '{"source": "not-a-list"}' }),
      ),
    ).rejects.toThrow(InvalidEventPatternException);

    await events.send(
      new PutRuleCommand({ Name: 'to-lambda', EventBusName: 'commerce', EventPattern: '{"source":["x"]}' }),
    );
    const { FailedEntries = [] } = await events.send(
      new PutTargetsCommand({
        Rule: 'to-lambda',
        EventBusName: 'commerce',
        Targets: [{ Id: 'fn', Arn: 'arn:aws:lambda:us-east-1:000000000000:function:f' }],
      }),
    );
    expect(FailedEntries[0]?.ErrorMessage).toMatch(/SQS queues only/);
  });
});
