import { randomUUID } from 'node:crypto';
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { PublishBatchCommand, SNSClient } from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import type { Edge } from '../src/edge/edge-server.js';
import { LOCAL_CREDENTIALS } from '../src/local-account.js';

export interface Clients {
  sqs: SQSClient;
  sns: SNSClient;
  events: EventBridgeClient;
  dynamo: DynamoDBClient;
}

export const clientsFor = (edge: Edge): Clients => {
  const config = { endpoint: edge.url, region: edge.region, credentials: LOCAL_CREDENTIALS };
  return {
    sqs: new SQSClient(config),
    sns: new SNSClient(config),
    events: new EventBridgeClient(config),
    dynamo: new DynamoDBClient(config),
  };
};

const TIMEOUT_MS = 120_000;
const chunksOf10 = (count: number) =>
  Array.from({ length: Math.ceil(count / 10) }, (_, i) => Math.min(10, count - i * 10));

/** Messages per second from the first send until `arrived()` reaches `count`, bounded in time. */
const timeUntil = async (count: number, send: () => Promise<void>, arrived: () => Promise<number>) => {
  const started = performance.now();
  await send();
  while ((await arrived()) < count) {
    if (performance.now() - started > TIMEOUT_MS)
      throw new Error(`only ${await arrived()} of ${count} arrived in time`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return count / ((performance.now() - started) / 1000);
};

/** How many items of pong's table have keys starting with `prefix`. */
const countInPong = (dynamo: DynamoDBClient, prefix: string) => async () => {
  const { Count = 0 } = await dynamo.send(
    new ScanCommand({
      TableName: 'pong-local-pongs',
      Select: 'COUNT',
      FilterExpression: 'begins_with(pk, :prefix)',
      ExpressionAttributeValues: { ':prefix': { S: prefix } },
    }),
  );
  return Count;
};

/** The baseline: SQS alone through the edge, send then receive and delete, no SNS and no Lambda. */
export const sqsBaseline = async ({ sqs }: Clients, count: number): Promise<number> => {
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: `bench-${randomUUID()}` }));
  let received = 0;
  return timeUntil(
    count,
    async () => {
      for (const size of chunksOf10(count)) {
        const Entries = Array.from({ length: size }, (_, i) => ({ Id: String(i), MessageBody: '{"bench":true}' }));
        await sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries }));
      }
    },
    async () => {
      const { Messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }));
      if (Messages.length > 0) {
        const Entries = Messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle }));
        await sqs.send(new DeleteMessageBatchCommand({ QueueUrl, Entries }));
      }
      received += Messages.length;
      return received;
    },
  );
};

/** SNS (PublishBatch) -> filter policy -> SQS -> event source mapping -> pong's receiver -> DynamoDB. */
export const snsToLambda = async ({ sns, dynamo }: Clients, edge: Edge, count: number): Promise<number> => {
  const run = `sns-${randomUUID()}-`;
  const TopicArn = `arn:aws:sns:${edge.region}:${edge.accountId}:ping-local-events`;
  return timeUntil(
    count,
    async () => {
      let sent = 0;
      for (const size of chunksOf10(count)) {
        const PublishBatchRequestEntries = Array.from({ length: size }, () => ({
          Id: String(sent),
          Message: JSON.stringify({ id: `${run}${sent++}`, kind: 'greeting', text: 'bench' }),
          MessageAttributes: { kind: { DataType: 'String', StringValue: 'greeting' } },
        }));
        await sns.send(new PublishBatchCommand({ TopicArn, PublishBatchRequestEntries }));
      }
    },
    countInPong(dynamo, run),
  );
};

/** EventBridge (PutEvents) -> rule -> SQS (InputPath) -> event source mapping -> pong's audit -> DynamoDB. */
export const eventBridgeToLambda = async ({ events, dynamo }: Clients, count: number): Promise<number> => {
  const run = `eb-${randomUUID()}-`;
  return timeUntil(
    count,
    async () => {
      let sent = 0;
      for (const size of chunksOf10(count)) {
        const Entries = Array.from({ length: size }, () => ({
          EventBusName: 'ping-local-bus',
          Source: 'fixture.ping',
          DetailType: 'Pinged',
          Detail: JSON.stringify({ id: `${run}${sent++}`, text: 'bench' }),
        }));
        await events.send(new PutEventsCommand({ Entries }));
      }
    },
    countInPong(dynamo, `audit-${run}`),
  );
};
