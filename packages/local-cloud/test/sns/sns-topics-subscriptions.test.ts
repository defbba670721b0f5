import {
  CreateTopicCommand,
  DeleteTopicCommand,
  GetSubscriptionAttributesCommand,
  GetTopicAttributesCommand,
  InvalidParameterException,
  ListSubscriptionsByTopicCommand,
  ListSubscriptionsCommand,
  ListTopicsCommand,
  NotFoundException,
  SetSubscriptionAttributesCommand,
  SubscribeCommand,
} from '@aws-sdk/client-sns';
import { createQueue, createTopic, startLocalSns, subscribeQueue, type LocalSns } from './local-sns.js';

describe('SNS topics and subscriptions', () => {
  let cloud: LocalSns;

  beforeAll(async () => {
    cloud = await startLocalSns();
  });

  afterAll(async () => {
    await cloud?.stop();
  });

  // https://docs.aws.amazon.com/sns/latest/api/API_CreateTopic.html: "This action is idempotent".
  it('returns the same ARN when a topic is created twice, and lists it once', async () => {
    const create = () =>
      cloud.sns.send(
        new CreateTopicCommand({
          Name: 'twice',
          Attributes: { DisplayName: 'Twice' },
          Tags: [{ Key: 'team', Value: 'orders' }],
        }),
      );

    const first = await create();
    const second = await create();
    const { Topics = [] } = await cloud.sns.send(new ListTopicsCommand({}));

    expect(first.TopicArn).toBe('arn:aws:sns:us-east-1:000000000000:twice');
    expect(second.TopicArn).toBe(first.TopicArn);
    expect(Topics.filter(({ TopicArn }) => TopicArn === first.TopicArn)).toHaveLength(1);
  });

  it('refuses to re-create a topic with different attributes', async () => {
    await cloud.sns.send(new CreateTopicCommand({ Name: 'display', Attributes: { DisplayName: 'One' } }));

    await expect(
      cloud.sns.send(new CreateTopicCommand({ Name: 'display', Attributes: { DisplayName: 'Two' } })),
    ).rejects.toBeInstanceOf(InvalidParameterException);
  });

  it('returns topic attributes, with text that needs XML escaping intact', async () => {
    const name = 'escaped';
    const displayName = `Orders <&> "quoted" 'single'`;
    const { TopicArn } = await cloud.sns.send(
      new CreateTopicCommand({ Name: name, Attributes: { DisplayName: displayName } }),
    );
    await subscribeQueue(cloud, TopicArn as string, await createQueue(cloud, 'escaped-queue'));

    const { Attributes } = await cloud.sns.send(new GetTopicAttributesCommand({ TopicArn }));

    expect(Attributes).toMatchObject({
      TopicArn,
      Owner: '000000000000',
      DisplayName: displayName,
      SubscriptionsConfirmed: '1',
      SubscriptionsPending: '0',
    });
  });

  it('answers NotFound for the attributes of a topic that does not exist', async () => {
    await expect(
      cloud.sns.send(new GetTopicAttributesCommand({ TopicArn: 'arn:aws:sns:us-east-1:000000000000:nothing' })),
    ).rejects.toBeInstanceOf(NotFoundException);
  });

  // https://docs.aws.amazon.com/sns/latest/api/API_Subscribe.html
  it('confirms an SQS subscription at once and shows its attributes', async () => {
    const topicArn = await createTopic(cloud, 'confirmed');
    const queue = await createQueue(cloud, 'confirmed-queue');
    const policy = '{"event":["OrderPlaced"]}';

    const subscriptionArn = await subscribeQueue(cloud, topicArn, queue, { FilterPolicy: policy });
    const { Attributes } = await cloud.sns.send(
      new GetSubscriptionAttributesCommand({ SubscriptionArn: subscriptionArn }),
    );

    expect(subscriptionArn).toMatch(new RegExp(`^${topicArn}:[0-9a-f-]{36}$`));
    expect(Attributes).toMatchObject({
      SubscriptionArn: subscriptionArn,
      TopicArn: topicArn,
      Protocol: 'sqs',
      Endpoint: queue.arn,
      PendingConfirmation: 'false',
      RawMessageDelivery: 'false',
      FilterPolicy: policy,
      FilterPolicyScope: 'MessageAttributes',
    });
  });

  it('returns the existing subscription for the same topic, queue and attributes, and refuses different attributes', async () => {
    const topicArn = await createTopic(cloud, 'resubscribed');
    const queue = await createQueue(cloud, 'resubscribed-queue');

    const first = await subscribeQueue(cloud, topicArn, queue, { RawMessageDelivery: 'true' });
    const again = await subscribeQueue(cloud, topicArn, queue, { RawMessageDelivery: 'true' });
    const { Subscriptions = [] } = await cloud.sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: topicArn }));

    expect(again).toBe(first);
    expect(Subscriptions.map(({ SubscriptionArn }) => SubscriptionArn)).toEqual([first]);
    await expect(subscribeQueue(cloud, topicArn, queue, { RawMessageDelivery: 'false' })).rejects.toMatchObject({
      name: InvalidParameterException.name,
      message: 'Invalid parameter: Attributes Reason: Subscription already exists with different attributes',
    });
  });

  it('refuses protocols other than sqs with a clear reason', async () => {
    const topicArn = await createTopic(cloud, 'http-refused');

    await expect(
      cloud.sns.send(
        new SubscribeCommand({ TopicArn: topicArn, Protocol: 'https', Endpoint: 'https://example.com/hook' }),
      ),
    ).rejects.toMatchObject({ name: InvalidParameterException.name, message: expect.stringContaining('sqs') });
  });

  // https://docs.aws.amazon.com/sns/latest/dg/subscription-filter-policy-constraints.html
  it('refuses a bad filter policy on Subscribe and on SetSubscriptionAttributes, with the parser reason', async () => {
    const topicArn = await createTopic(cloud, 'bad-policy');
    const queue = await createQueue(cloud, 'bad-policy-queue');
    const nested = JSON.stringify({ order: { status: ['placed'] } });

    await expect(subscribeQueue(cloud, topicArn, queue, { FilterPolicy: nested })).rejects.toMatchObject({
      name: InvalidParameterException.name,
      message:
        'Invalid parameter: Attributes Reason: FilterPolicy: Filter policy scope MessageAttributes does not support nested filter policy',
    });
    const subscriptionArn = await subscribeQueue(cloud, topicArn, queue);
    await expect(
      cloud.sns.send(
        new SetSubscriptionAttributesCommand({
          SubscriptionArn: subscriptionArn,
          AttributeName: 'FilterPolicy',
          AttributeValue: '{"a": [',
        }),
      ),
    ).rejects.toMatchObject({
      name: InvalidParameterException.name,
      message: 'Invalid parameter: FilterPolicy: failed to parse JSON.',
    });
  });

  it('deletes a topic with its subscriptions, and deleting it again is no error', async () => {
    const topicArn = await createTopic(cloud, 'deleted');
    const subscriptionArn = await subscribeQueue(cloud, topicArn, await createQueue(cloud, 'deleted-queue'));

    await cloud.sns.send(new DeleteTopicCommand({ TopicArn: topicArn }));
    await cloud.sns.send(new DeleteTopicCommand({ TopicArn: topicArn }));
    const { Topics = [] } = await cloud.sns.send(new ListTopicsCommand({}));
    const { Subscriptions = [] } = await cloud.sns.send(new ListSubscriptionsCommand({}));

    expect(Topics.map(({ TopicArn }) => TopicArn)).not.toContain(topicArn);
    expect(Subscriptions.map(({ SubscriptionArn }) => SubscriptionArn)).not.toContain(subscriptionArn);
    await expect(
      cloud.sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: subscriptionArn })),
    ).rejects.toBeInstanceOf(NotFoundException);
  });

  it('pages ListTopics by 100 with a NextToken', async () => {
    for (let index = 0; index < 101; index += 1) await createTopic(cloud, `paged-${index}`);

    const first = await cloud.sns.send(new ListTopicsCommand({}));
    const second = await cloud.sns.send(new ListTopicsCommand({ NextToken: first.NextToken }));
    const arns = [...(first.Topics ?? []), ...(second.Topics ?? [])].map(({ TopicArn }) => TopicArn);

    expect(first.Topics).toHaveLength(100);
    expect(first.NextToken).toEqual(expect.any(String));
    expect(second.NextToken).toBeUndefined();
    expect(arns.filter((arn) => arn?.includes(':paged-'))).toHaveLength(101);
  });

  it('answers an action it does not serve with an XML InvalidAction error rather than hanging', async () => {
    const response = await fetch(cloud.edge.url, {
      method: 'POST',
      headers: {
        authorization: 'AWS4-HMAC-SHA256 Credential=local/20261122/us-east-1/sns/aws4_request',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'Action=CreatePlatformApplication&Version=2010-03-31',
      signal: AbortSignal.timeout(5000),
    });
    const body = await response.text();

    expect(response.status).toBe(400);
    expect(body).toContain('<Code>InvalidAction</Code>');
    expect(body).toContain('<Type>Sender</Type>');
    expect(body).toContain('CreatePlatformApplication');
  });
});
