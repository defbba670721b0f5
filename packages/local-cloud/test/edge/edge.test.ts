import {
  ConditionalCheckFailedException,
  CreateTableCommand,
  DynamoDBClient,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import {
  ChangeMessageVisibilityCommand,
  CreateQueueCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { startEdge, type Edge } from '../../src/edge/edge-server.js';

const clientConfig = (edge: Edge) => ({
  endpoint: edge.url,
  region: 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});

describe('the local cloud edge', () => {
  let edge: Edge;
  let sqs: SQSClient;
  let dynamo: DynamoDBClient;

  beforeAll(async () => {
    edge = await startEdge({ port: 0 });
    sqs = new SQSClient(clientConfig(edge));
    dynamo = new DynamoDBClient(clientConfig(edge));
  });

  afterAll(async () => {
    sqs?.destroy();
    dynamo?.destroy();
    await edge?.stop();
  });

  const queueWithDlq = async (name: string, maxReceiveCount: number) => {
    const dlq = await sqs.send(new CreateQueueCommand({ QueueName: `${name}-dlq` }));
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: dlq.QueueUrl, AttributeNames: ['QueueArn'] }),
    );
    const source = await sqs.send(
      new CreateQueueCommand({
        QueueName: name,
        Attributes: {
          RedrivePolicy: JSON.stringify({ deadLetterTargetArn: Attributes?.['QueueArn'], maxReceiveCount }),
        },
      }),
    );
    return { queueUrl: source.QueueUrl as string, dlqUrl: dlq.QueueUrl as string };
  };

  // https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html:
  // "when the ReceiveCount for a message exceeds the maxReceiveCount for a queue, Amazon SQS moves
  // the message to a dead-letter queue".
  it('moves a message received maxReceiveCount times without deletion to the dead-letter queue', async () => {
    const { queueUrl, dlqUrl } = await queueWithDlq('poison', 2);
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: '{"poison":true}' }));

    for (let receive = 0; receive < 2; receive += 1) {
      const { Messages = [] } = await sqs.send(
        new ReceiveMessageCommand({ QueueUrl: queueUrl, VisibilityTimeout: 0, WaitTimeSeconds: 1 }),
      );
      expect(Messages).toHaveLength(1);
    }
    const third = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, WaitTimeSeconds: 1 }));
    const inDlq = await sqs.send(new ReceiveMessageCommand({ QueueUrl: dlqUrl, WaitTimeSeconds: 1 }));

    expect(third.Messages ?? []).toHaveLength(0);
    expect(inDlq.Messages?.[0]?.Body).toBe('{"poison":true}');
  });

  // https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html:
  // a received message stays invisible to other consumers until its visibility timeout ends.
  it('hides a received message until its visibility timeout ends, and a deleted one for good', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'visibility' }));
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'hello' }));

    const first = await sqs.send(new ReceiveMessageCommand({ QueueUrl, VisibilityTimeout: 30 }));
    const whileHidden = await sqs.send(new ReceiveMessageCommand({ QueueUrl }));
    await sqs.send(
      new ChangeMessageVisibilityCommand({
        QueueUrl,
        ReceiptHandle: first.Messages?.[0]?.ReceiptHandle,
        VisibilityTimeout: 0,
      }),
    );
    const again = await sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 1 }));
    await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: again.Messages?.[0]?.ReceiptHandle }));
    const afterDelete = await sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 1 }));

    expect(first.Messages?.[0]?.Body).toBe('hello');
    expect(whileHidden.Messages ?? []).toHaveLength(0);
    expect(again.Messages?.[0]?.Body).toBe('hello');
    expect(afterDelete.Messages ?? []).toHaveLength(0);
  });

  // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ConditionExpressions.html
  it('serves DynamoDB on the same endpoint, conditional writes included', async () => {
    await dynamo.send(
      new CreateTableCommand({
        TableName: 'stock',
        KeySchema: [{ AttributeName: 'sku', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'sku', AttributeType: 'S' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
    const putNew = (available: string) =>
      dynamo.send(
        new PutItemCommand({
          TableName: 'stock',
          Item: { sku: { S: 'SKU-1' }, available: { N: available } },
          ConditionExpression: 'attribute_not_exists(sku)',
        }),
      );

    await putNew('5');

    await expect(putNew('9')).rejects.toBeInstanceOf(ConditionalCheckFailedException);
  });

  it('answers a service it does not serve with a clear 501 instead of hanging', async () => {
    const response = await fetch(edge.url, {
      method: 'POST',
      headers: { authorization: 'AWS4-HMAC-SHA256 Credential=local/20261122/us-east-1/kinesis/aws4_request' },
    });

    expect(response.status).toBe(501);
    expect(await response.json()).toMatchObject({ message: 'The local cloud does not serve "kinesis"' });
  });
});
