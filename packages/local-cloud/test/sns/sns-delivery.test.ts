import { PublishCommand, SetSubscriptionAttributesCommand, UnsubscribeCommand } from '@aws-sdk/client-sns';
import {
  createQueue,
  createTopic,
  receiveAll,
  startLocalSns,
  stderrDuring,
  subscribeQueue,
  type LocalSns,
} from './local-sns.js';

describe('SNS delivery to SQS subscriptions', () => {
  let cloud: LocalSns;

  beforeAll(async () => {
    cloud = await startLocalSns();
  });

  afterAll(async () => {
    await cloud?.stop();
  });

  // https://docs.aws.amazon.com/sns/latest/dg/sns-message-and-json-formats.html#http-notification-json
  it('wraps a message in the notification envelope AWS sends to SQS', async () => {
    const topicArn = await createTopic(cloud, 'orders-envelope');
    const queue = await createQueue(cloud, 'orders-envelope-queue');
    const subscriptionArn = await subscribeQueue(cloud, topicArn, queue);

    const { MessageId } = await cloud.sns.send(
      new PublishCommand({
        TopicArn: topicArn,
        Subject: 'Order placed',
        Message: '{"orderId":"o-1"}',
        MessageAttributes: {
          event: { DataType: 'String', StringValue: 'OrderPlaced' },
          total: { DataType: 'Number', StringValue: '120.5' },
        },
      }),
    );
    const [delivered] = await receiveAll(cloud, queue);
    const envelope = JSON.parse(delivered?.Body ?? '{}') as Record<string, unknown>;

    expect(MessageId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(envelope).toMatchObject({
      Type: 'Notification',
      MessageId,
      TopicArn: topicArn,
      Subject: 'Order placed',
      Message: '{"orderId":"o-1"}',
      SignatureVersion: '1',
      MessageAttributes: {
        event: { Type: 'String', Value: 'OrderPlaced' },
        total: { Type: 'Number', Value: '120.5' },
      },
    });
    expect(envelope['Timestamp']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(envelope['Signature']).toEqual(expect.any(String));
    expect(envelope['SigningCertURL']).toEqual(expect.stringContaining('.pem'));
    expect(envelope['UnsubscribeURL']).toContain(encodeURIComponent(subscriptionArn));
    // Enveloped delivery carries the attributes in the body only.
    expect(delivered?.MessageAttributes).toBeUndefined();
  });

  it('leaves Subject and MessageAttributes out of the envelope when the message has none', async () => {
    const topicArn = await createTopic(cloud, 'bare-envelope');
    const queue = await createQueue(cloud, 'bare-envelope-queue');
    await subscribeQueue(cloud, topicArn, queue);

    await cloud.sns.send(new PublishCommand({ TopicArn: topicArn, Message: 'hello' }));
    const [delivered] = await receiveAll(cloud, queue);

    const envelope = JSON.parse(delivered?.Body ?? '{}') as Record<string, unknown>;
    expect(envelope['Message']).toBe('hello');
    expect(Object.keys(envelope)).not.toContain('Subject');
    expect(Object.keys(envelope)).not.toContain('MessageAttributes');
  });

  // https://docs.aws.amazon.com/sns/latest/dg/sns-large-payload-raw-message-delivery.html
  it('delivers the bare message with its attributes as SQS message attributes when delivery is raw', async () => {
    const topicArn = await createTopic(cloud, 'orders-raw');
    const queue = await createQueue(cloud, 'orders-raw-queue');
    await subscribeQueue(cloud, topicArn, queue, { RawMessageDelivery: 'true' });

    await cloud.sns.send(
      new PublishCommand({
        TopicArn: topicArn,
        Message: '{"orderId":"o-2"}',
        MessageAttributes: {
          event: { DataType: 'String', StringValue: 'OrderPlaced' },
          total: { DataType: 'Number', StringValue: '42' },
          stores: { DataType: 'String.Array', StringValue: '["north","south"]' },
          signature: { DataType: 'Binary', BinaryValue: new Uint8Array([1, 2, 3]) },
        },
      }),
    );
    const [delivered] = await receiveAll(cloud, queue);

    expect(delivered?.Body).toBe('{"orderId":"o-2"}');
    expect(delivered?.MessageAttributes).toMatchObject({
      event: { DataType: 'String', StringValue: 'OrderPlaced' },
      total: { DataType: 'Number', StringValue: '42' },
      stores: { DataType: 'String.Array', StringValue: '["north","south"]' },
    });
    expect([...(delivered?.MessageAttributes?.['signature']?.BinaryValue ?? [])]).toEqual([1, 2, 3]);
  });

  // https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html: "Messages with more than 10
  // message attributes directed towards Raw Message Delivery enabled Amazon SQS subscriptions will be discarded".
  it('discards, and reports, a message with more than 10 attributes for a raw subscription only', async () => {
    const topicArn = await createTopic(cloud, 'many-attributes');
    const raw = await createQueue(cloud, 'many-attributes-raw');
    const enveloped = await createQueue(cloud, 'many-attributes-enveloped');
    await subscribeQueue(cloud, topicArn, raw, { RawMessageDelivery: 'true' });
    await subscribeQueue(cloud, topicArn, enveloped);
    const eleven = Object.fromEntries(
      Array.from({ length: 11 }, (_, index) => [`a${index}`, { DataType: 'String', StringValue: 'x' }]),
    );

    const reported = await stderrDuring(() =>
      cloud.sns.send(new PublishCommand({ TopicArn: topicArn, Message: 'm', MessageAttributes: eleven })),
    );

    expect(await receiveAll(cloud, raw)).toHaveLength(0);
    expect(await receiveAll(cloud, enveloped)).toHaveLength(1);
    expect(reported).toContain(raw.arn);
  });

  // https://docs.aws.amazon.com/sns/latest/api/API_Publish.html (MessageStructure)
  it('delivers the sqs entry of a MessageStructure=json message, or its default entry', async () => {
    const topicArn = await createTopic(cloud, 'per-protocol');
    const queue = await createQueue(cloud, 'per-protocol-queue');
    await subscribeQueue(cloud, topicArn, queue, { RawMessageDelivery: 'true' });

    await cloud.sns.send(
      new PublishCommand({
        TopicArn: topicArn,
        MessageStructure: 'json',
        Message: JSON.stringify({ default: 'for everyone', sqs: 'for queues', email: 'for people' }),
      }),
    );
    await cloud.sns.send(
      new PublishCommand({ TopicArn: topicArn, MessageStructure: 'json', Message: '{"default":"only default"}' }),
    );

    expect((await receiveAll(cloud, queue)).map(({ Body }) => Body)).toEqual(['for queues', 'only default']);
  });

  it('keeps publishing order in the queue', async () => {
    const topicArn = await createTopic(cloud, 'ordered');
    const queue = await createQueue(cloud, 'ordered-queue');
    await subscribeQueue(cloud, topicArn, queue, { RawMessageDelivery: 'true' });

    for (const index of [1, 2, 3, 4, 5]) {
      await cloud.sns.send(new PublishCommand({ TopicArn: topicArn, Message: `m${index}` }));
    }

    expect((await receiveAll(cloud, queue)).map(({ Body }) => Body)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
  });

  it('delivers one message to each of ten subscribed queues', async () => {
    const topicArn = await createTopic(cloud, 'fan-out-wide');
    const queues = await Promise.all(
      Array.from({ length: 10 }, (_, index) => createQueue(cloud, `fan-out-wide-${index}`)),
    );
    for (const queue of queues) await subscribeQueue(cloud, topicArn, queue, { RawMessageDelivery: 'true' });

    await cloud.sns.send(new PublishCommand({ TopicArn: topicArn, Message: 'everywhere' }));
    const received = await Promise.all(queues.map((queue) => receiveAll(cloud, queue)));

    expect(received.map((messages) => messages.map(({ Body }) => Body))).toEqual(queues.map(() => ['everywhere']));
  });

  it('stops delivering to a subscription once it is unsubscribed', async () => {
    const topicArn = await createTopic(cloud, 'unsubscribing');
    const queue = await createQueue(cloud, 'unsubscribing-queue');
    const subscriptionArn = await subscribeQueue(cloud, topicArn, queue, { RawMessageDelivery: 'true' });
    await cloud.sns.send(new PublishCommand({ TopicArn: topicArn, Message: 'before' }));

    await cloud.sns.send(new UnsubscribeCommand({ SubscriptionArn: subscriptionArn }));
    await cloud.sns.send(new PublishCommand({ TopicArn: topicArn, Message: 'after' }));

    expect((await receiveAll(cloud, queue)).map(({ Body }) => Body)).toEqual(['before']);
  });

  it('switches to raw delivery when RawMessageDelivery is set on an existing subscription', async () => {
    const topicArn = await createTopic(cloud, 'switch-raw');
    const queue = await createQueue(cloud, 'switch-raw-queue');
    const subscriptionArn = await subscribeQueue(cloud, topicArn, queue);

    await cloud.sns.send(
      new SetSubscriptionAttributesCommand({
        SubscriptionArn: subscriptionArn,
        AttributeName: 'RawMessageDelivery',
        AttributeValue: 'true',
      }),
    );
    await cloud.sns.send(new PublishCommand({ TopicArn: topicArn, Message: 'plain' }));

    expect((await receiveAll(cloud, queue)).map(({ Body }) => Body)).toEqual(['plain']);
  });

  // AWS delivers asynchronously, so a missing queue never fails the Publish. Locally delivery is
  // over before Publish answers, so the failure is on stderr by then.
  it('answers Publish even when a subscribed queue does not exist, having reported that delivery once on stderr', async () => {
    const topicArn = await createTopic(cloud, 'to-nowhere');
    const present = await createQueue(cloud, 'to-nowhere-present');
    const missingArn = 'arn:aws:sqs:us-east-1:000000000000:never-created';
    await subscribeQueue(cloud, topicArn, { url: '', arn: missingArn });
    await subscribeQueue(cloud, topicArn, present, { RawMessageDelivery: 'true' });

    let messageId: string | undefined;
    const reported = await stderrDuring(async () => {
      ({ MessageId: messageId } = await cloud.sns.send(new PublishCommand({ TopicArn: topicArn, Message: 'hi' })));
    });

    expect(messageId).toEqual(expect.any(String));
    expect(reported.split(missingArn)).toHaveLength(2);
    expect(reported).toContain(topicArn);
    expect((await receiveAll(cloud, present)).map(({ Body }) => Body)).toEqual(['hi']);
  });
});
