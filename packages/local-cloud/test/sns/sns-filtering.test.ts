import { PublishCommand, SetSubscriptionAttributesCommand, type MessageAttributeValue } from '@aws-sdk/client-sns';
import {
  createQueue,
  createTopic,
  receiveAll,
  startLocalSns,
  subscribeQueue,
  type LocalSns,
  type TestQueue,
} from './local-sns.js';

// https://docs.aws.amazon.com/sns/latest/dg/sns-message-filtering.html and
// https://docs.aws.amazon.com/sns/latest/dg/sns-message-filtering-scope.html
describe('SNS subscription filter policies deciding delivery', () => {
  let cloud: LocalSns;

  beforeAll(async () => {
    cloud = await startLocalSns();
  });

  afterAll(async () => {
    await cloud?.stop();
  });

  const bodiesIn = async (queue: TestQueue): Promise<(string | undefined)[]> =>
    (await receiveAll(cloud, queue)).map(({ Body }) => Body);

  /** A topic with two raw subscriptions, one per policy, so each queue shows what its policy let through. */
  const topicWithTwoPolicies = async (name: string, first: Record<string, string>, second: Record<string, string>) => {
    const topicArn = await createTopic(cloud, name);
    const queues = [await createQueue(cloud, `${name}-a`), await createQueue(cloud, `${name}-b`)] as const;
    await subscribeQueue(cloud, topicArn, queues[0], { RawMessageDelivery: 'true', ...first });
    await subscribeQueue(cloud, topicArn, queues[1], { RawMessageDelivery: 'true', ...second });
    const publish = (Message: string, MessageAttributes?: Record<string, MessageAttributeValue>) =>
      cloud.sns.send(new PublishCommand({ TopicArn: topicArn, Message, MessageAttributes }));
    return { queues, publish };
  };

  it('delivers by message attributes: each subscription gets only what its policy accepts', async () => {
    const { queues, publish } = await topicWithTwoPolicies(
      'attribute-scope',
      { FilterPolicy: JSON.stringify({ event: ['OrderPlaced'] }) },
      { FilterPolicy: JSON.stringify({ total: [{ numeric: ['>', 100] }], stores: ['south'] }) },
    );

    await publish('placed small', {
      event: { DataType: 'String', StringValue: 'OrderPlaced' },
      total: { DataType: 'Number', StringValue: '20' },
    });
    await publish('shipped big in the south', {
      event: { DataType: 'String', StringValue: 'OrderShipped' },
      total: { DataType: 'Number', StringValue: '250' },
      stores: { DataType: 'String.Array', StringValue: '["north","south"]' },
    });
    await publish('no attributes at all');

    expect(await bodiesIn(queues[0])).toEqual(['placed small']);
    expect(await bodiesIn(queues[1])).toEqual(['shipped big in the south']);
  });

  it('delivers by message body when FilterPolicyScope is MessageBody', async () => {
    const { queues, publish } = await topicWithTwoPolicies(
      'body-scope',
      { FilterPolicyScope: 'MessageBody', FilterPolicy: JSON.stringify({ order: { status: ['placed'] } }) },
      {
        FilterPolicyScope: 'MessageBody',
        FilterPolicy: JSON.stringify({ order: { total: [{ numeric: ['>=', 100] }] } }),
      },
    );

    await publish(JSON.stringify({ order: { status: 'placed', total: 10 } }));
    await publish(JSON.stringify({ order: { status: 'shipped', total: 150 } }));
    // Attributes do not count in body scope.
    await publish('not json', { status: { DataType: 'String', StringValue: 'placed' } });

    expect(await bodiesIn(queues[0])).toEqual(['{"order":{"status":"placed","total":10}}']);
    expect(await bodiesIn(queues[1])).toEqual(['{"order":{"status":"shipped","total":150}}']);
  });

  it('applies a policy set after subscribing, and delivers everything again once it is removed', async () => {
    const topicArn = await createTopic(cloud, 'policy-later');
    const queue = await createQueue(cloud, 'policy-later-queue');
    const subscriptionArn = await subscribeQueue(cloud, topicArn, queue, { RawMessageDelivery: 'true' });
    const setPolicy = (AttributeValue: string) =>
      cloud.sns.send(
        new SetSubscriptionAttributesCommand({
          SubscriptionArn: subscriptionArn,
          AttributeName: 'FilterPolicy',
          AttributeValue,
        }),
      );
    const publish = (Message: string, kind: string) =>
      cloud.sns.send(
        new PublishCommand({
          TopicArn: topicArn,
          Message,
          MessageAttributes: { kind: { DataType: 'String', StringValue: kind } },
        }),
      );

    await setPolicy('{"kind":["wanted"]}');
    await publish('filtered out', 'unwanted');
    await publish('let through', 'wanted');
    await setPolicy('{}');
    await publish('unfiltered', 'unwanted');

    expect(await bodiesIn(queue)).toEqual(['let through', 'unfiltered']);
  });
});
