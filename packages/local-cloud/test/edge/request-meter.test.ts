import {
  CreateTableCommand,
  DynamoDBClient,
  TransactWriteItemsCommand,
  type TransactWriteItem,
} from '@aws-sdk/client-dynamodb';
import { CreateTopicCommand, PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { CreateQueueCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { startEdge, type Edge } from '../../src/edge/edge-server.js';
import { LOCAL_CREDENTIALS } from '../../src/local-account.js';

describe('the edge request meter', () => {
  let edge: Edge;
  const clients: { destroy(): void }[] = [];
  const config = () => ({ endpoint: edge.url, region: edge.region, credentials: LOCAL_CREDENTIALS });

  beforeAll(async () => {
    edge = await startEdge({ port: 0 });
  });

  afterAll(async () => {
    clients.forEach((client) => client.destroy());
    await edge?.stop();
  });

  beforeEach(() => edge.meter.reset());

  it('counts JSON-protocol actions by their target and names a local caller by its app id', async () => {
    const sqs = new SQSClient(config());
    const poller = new SQSClient({ ...config(), userAgentAppId: 'local-cloud-lambda' });
    clients.push(sqs, poller);
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'metered' }));

    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x'.repeat(70 * 1024) }));
    await poller.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }));

    expect(edge.meter.rows()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ service: 'sqs', action: 'SendMessage', caller: 'client', requests: 1, chunks: 2 }),
        expect.objectContaining({ service: 'sqs', action: 'ReceiveMessage', caller: 'lambda', requests: 1 }),
      ]),
    );
  });

  it('reads the action of an awsQuery request from its body and leaves the body to the engine', async () => {
    const sns = new SNSClient(config());
    clients.push(sns);
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'metered' }));

    const { MessageId } = await sns.send(new PublishCommand({ TopicArn, Message: 'hello' }));

    expect(MessageId).toBeDefined();
    expect(edge.meter.count('sns', 'Publish')).toBe(1);
  });

  it('counts the items of a transaction, which DynamoDB bills per item', async () => {
    const dynamo = new DynamoDBClient(config());
    clients.push(dynamo);
    await dynamo.send(
      new CreateTableCommand({
        TableName: 'metered',
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
    const put = (id: string): TransactWriteItem => ({ Put: { TableName: 'metered', Item: { id: { S: id } } } });

    await dynamo.send(new TransactWriteItemsCommand({ TransactItems: [put('a'), put('b'), put('c')] }));

    expect(edge.meter.rows()).toContainEqual(
      expect.objectContaining({ service: 'dynamodb', action: 'TransactWriteItems', requests: 1, entries: 3 }),
    );
  });
});
