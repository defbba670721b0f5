import { randomUUID } from 'node:crypto';
import {
  CreateEventBusCommand,
  EventBridgeClient,
  PutRuleCommand,
  PutTargetsCommand,
} from '@aws-sdk/client-eventbridge';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { LOCAL_CREDENTIALS, startEdge, type Edge } from '@commerce/local-cloud/testing';
import type { EventEnvelope } from '@commerce/shared-core/events';
import { createEventBridgePublisher, createSnsPublisher, type Publisher } from '@commerce/shared-core/publishers';

// Issue #8: a batched path makes ceil(N / 10) API calls for N events (10 entries per PublishBatch
// and PutEvents). Counted at the edge, with the real SDK clients and the published shared-core.
const SIZES = [1, 2, 9, 10, 11, 19, 20, 25, 100];

const eventsOf = (count: number): EventEnvelope[] =>
  Array.from({ length: count }, (_, index) => ({
    id: randomUUID(),
    type: 'OrderPlaced',
    version: 1,
    source: 'orders',
    time: new Date().toISOString(),
    correlationId: randomUUID(),
    causationId: randomUUID(),
    data: { orderId: `order-${index}` },
  }));

describe('the batched publishers against the local cloud', () => {
  let edge: Edge;
  let sns: SNSClient;
  let events: EventBridgeClient;
  let sqs: SQSClient;
  let snsPublisher: Publisher;
  let eventBridgePublisher: Publisher;

  const queueArn = async (name: string): Promise<string> => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name }));
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
    return Attributes?.['QueueArn'] as string;
  };

  beforeAll(async () => {
    edge = await startEdge({ port: 0 });
    const config = { endpoint: edge.url, region: edge.region, credentials: LOCAL_CREDENTIALS };
    sns = new SNSClient(config);
    events = new EventBridgeClient(config);
    sqs = new SQSClient(config);
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'orders-events' }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: await queueArn('inventory') }));
    await events.send(new CreateEventBusCommand({ Name: 'commerce' }));
    await events.send(
      new PutRuleCommand({ Name: 'all', EventBusName: 'commerce', EventPattern: '{"source":["commerce.orders"]}' }),
    );
    await events.send(
      new PutTargetsCommand({
        Rule: 'all',
        EventBusName: 'commerce',
        Targets: [{ Id: 'analytics', Arn: await queueArn('analytics') }],
      }),
    );
    snsPublisher = createSnsPublisher({ topicArn: TopicArn as string, client: sns });
    eventBridgePublisher = createEventBridgePublisher({ eventBusName: 'commerce', client: events });
  }, 30_000);

  afterAll(async () => {
    sns?.destroy();
    events?.destroy();
    sqs?.destroy();
    await edge?.stop();
  });

  beforeEach(() => edge.meter.reset());

  it.each(SIZES)(
    'publishes %i events to SNS in ceil(N / 10) calls, each event delivered once',
    async (count) => {
      await snsPublisher.publish(eventsOf(count));

      const calls = edge.meter.count('sns', 'PublishBatch', 'client') + edge.meter.count('sns', 'Publish', 'client');
      expect(calls).toBe(Math.ceil(count / 10));
      expect(edge.meter.count('sqs', 'SendMessage', 'sns')).toBe(count);
    },
    30_000,
  );

  it.each(SIZES)(
    'puts %i events on EventBridge in ceil(N / 10) PutEvents calls',
    async (count) => {
      await eventBridgePublisher.publish(eventsOf(count));

      expect(edge.meter.count('events', 'PutEvents', 'client')).toBe(Math.ceil(count / 10));
      expect(edge.meter.count('sqs', 'SendMessage', 'events')).toBe(count);
    },
    30_000,
  );

  it('counts the entries of each batch call, so a half-empty batch shows', async () => {
    await snsPublisher.publish(eventsOf(25));

    const [row] = edge.meter.rows().filter((entry) => entry.action === 'PublishBatch');
    expect(row).toMatchObject({ requests: 3, entries: 25, chunks: 3 });
  }, 30_000);
});
