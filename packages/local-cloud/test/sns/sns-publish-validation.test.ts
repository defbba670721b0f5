import {
  BatchEntryIdsNotDistinctException,
  BatchRequestTooLongException,
  EmptyBatchRequestException,
  InvalidParameterException,
  InvalidParameterValueException,
  NotFoundException,
  PublishBatchCommand,
  PublishCommand,
  TooManyEntriesInBatchRequestException,
  type PublishBatchRequestEntry,
} from '@aws-sdk/client-sns';
import { createQueue, createTopic, receiveAll, startLocalSns, subscribeQueue, type LocalSns } from './local-sns.js';

const KIB = 1024;

describe('Publish and PublishBatch refusing what AWS refuses', () => {
  let cloud: LocalSns;
  let topicArn: string;

  beforeAll(async () => {
    cloud = await startLocalSns();
    topicArn = await createTopic(cloud, 'validated');
  });

  afterAll(async () => {
    await cloud?.stop();
  });

  const publish = (input: Omit<ConstructorParameters<typeof PublishCommand>[0], 'TopicArn'>) =>
    cloud.sns.send(new PublishCommand({ TopicArn: topicArn, ...input }));

  const entries = (count: number, message = 'm'): PublishBatchRequestEntry[] =>
    Array.from({ length: count }, (_, index) => ({ Id: `e${index}`, Message: message }));

  it('answers NotFound for a topic that does not exist', async () => {
    const missing = 'arn:aws:sns:us-east-1:000000000000:no-such-topic';

    await expect(cloud.sns.send(new PublishCommand({ TopicArn: missing, Message: 'm' }))).rejects.toMatchObject({
      name: NotFoundException.name,
      message: 'Topic does not exist',
      $metadata: { httpStatusCode: 404 },
    });
  });

  // https://docs.aws.amazon.com/sns/latest/api/API_Publish.html: "at most 256 KB in size (262,144 bytes)",
  // and https://docs.aws.amazon.com/sns/latest/api/API_MessageAttributeValue.html: attributes count too.
  it('accepts a message of exactly 256 KiB and refuses one pushed over by its attributes', async () => {
    const atLimit = 'x'.repeat(256 * KIB);

    await expect(publish({ Message: atLimit })).resolves.toMatchObject({ MessageId: expect.any(String) });
    await expect(
      publish({ Message: atLimit, MessageAttributes: { a: { DataType: 'String', StringValue: 'b' } } }),
    ).rejects.toMatchObject({ name: InvalidParameterException.name, message: 'Invalid parameter: Message too long' });
  });

  it('refuses an empty message', async () => {
    await expect(publish({ Message: '' })).rejects.toMatchObject({
      name: InvalidParameterException.name,
      message: 'Invalid parameter: Empty message',
    });
  });

  // https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html
  it.each([
    ['a reserved name', { 'AWS.trace': { DataType: 'String', StringValue: 'x' } }],
    ['a name with a doubled period', { 'a..b': { DataType: 'String', StringValue: 'x' } }],
    ['an unknown data type', { a: { DataType: 'Date', StringValue: '2026-01-01' } }],
    ['a Number that is not a number', { a: { DataType: 'Number', StringValue: 'ten' } }],
    ['an empty value', { a: { DataType: 'String', StringValue: '' } }],
  ])('refuses a message attribute with %s', async (_case, MessageAttributes) => {
    await expect(publish({ Message: 'm', MessageAttributes })).rejects.toBeInstanceOf(InvalidParameterValueException);
  });

  // https://docs.aws.amazon.com/sns/latest/api/API_Publish.html (MessageStructure)
  it('refuses MessageStructure=json without a default entry', async () => {
    await expect(publish({ MessageStructure: 'json', Message: '{"sqs":"only sqs"}' })).rejects.toMatchObject({
      name: InvalidParameterException.name,
      message: 'Invalid parameter: Message Structure - No default entry in JSON message body',
    });
  });

  // https://docs.aws.amazon.com/sns/latest/api/API_PublishBatch.html
  it('publishes the valid entries of a batch and reports each invalid one as Failed', async () => {
    const batchTopic = await createTopic(cloud, 'batch-partial');
    const queue = await createQueue(cloud, 'batch-partial-queue');
    await subscribeQueue(cloud, batchTopic, queue, { RawMessageDelivery: 'true' });

    const { Successful = [], Failed = [] } = await cloud.sns.send(
      new PublishBatchCommand({
        TopicArn: batchTopic,
        PublishBatchRequestEntries: [
          { Id: 'first', Message: 'one' },
          { Id: 'bad-number', Message: 'two', MessageAttributes: { n: { DataType: 'Number', StringValue: 'NaN?' } } },
          { Id: 'third', Message: 'three' },
          { Id: 'no-default', Message: '{"sqs":"x"}', MessageStructure: 'json' },
        ],
      }),
    );

    expect(Successful.map(({ Id }) => Id)).toEqual(['first', 'third']);
    expect(Successful.every(({ MessageId }) => typeof MessageId === 'string')).toBe(true);
    expect(Failed).toEqual([
      expect.objectContaining({ Id: 'bad-number', Code: 'ParameterValueInvalid', SenderFault: true }),
      expect.objectContaining({
        Id: 'no-default',
        Code: 'InvalidParameter',
        Message: 'Invalid parameter: Message Structure - No default entry in JSON message body',
        SenderFault: true,
      }),
    ]);
    expect((await receiveAll(cloud, queue)).map(({ Body }) => Body)).toEqual(['one', 'three']);
  });

  it('refuses a batch of 11 entries and an empty one', async () => {
    const send = (PublishBatchRequestEntries: PublishBatchRequestEntry[]) =>
      cloud.sns.send(new PublishBatchCommand({ TopicArn: topicArn, PublishBatchRequestEntries }));

    await expect(send(entries(10))).resolves.toMatchObject({ Successful: expect.any(Array) });
    await expect(send(entries(11))).rejects.toBeInstanceOf(TooManyEntriesInBatchRequestException);
    await expect(send([])).rejects.toBeInstanceOf(EmptyBatchRequestException);
  });

  it('refuses a batch whose entry ids repeat', async () => {
    await expect(
      cloud.sns.send(
        new PublishBatchCommand({
          TopicArn: topicArn,
          PublishBatchRequestEntries: [
            { Id: 'same', Message: 'a' },
            { Id: 'same', Message: 'b' },
          ],
        }),
      ),
    ).rejects.toBeInstanceOf(BatchEntryIdsNotDistinctException);
  });

  it('refuses a batch whose messages add up to more than 256 KiB, though each fits alone', async () => {
    const batchTopic = await createTopic(cloud, 'batch-too-long');
    const queue = await createQueue(cloud, 'batch-too-long-queue');
    await subscribeQueue(cloud, batchTopic, queue, { RawMessageDelivery: 'true' });

    await expect(
      cloud.sns.send(
        new PublishBatchCommand({
          TopicArn: batchTopic,
          PublishBatchRequestEntries: entries(2, 'x'.repeat(200 * KIB)),
        }),
      ),
    ).rejects.toBeInstanceOf(BatchRequestTooLongException);
    expect(await receiveAll(cloud, queue)).toHaveLength(0);
  });
});
