// First: the entry point loads its settings at import, as in Lambda.
import '../helpers/environment.js';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  CreateEventBusCommand,
  EventBridgeClient,
  PutRuleCommand,
  PutTargetsCommand,
} from '@aws-sdk/client-eventbridge';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CommerceEvent } from '@commerce/contracts';
import { findEntry, routeOf } from '@commerce/contracts/catalog';
import { createDeclaredTable, LOCAL_CREDENTIALS, startEdge, type Edge } from '@commerce/local-cloud/testing';
import { createEventBridgePublisher, createSnsPublisher } from '@commerce/shared-core/publishers';
import { lambdaContext, sqsBatch } from '@commerce/testing';
import type { SQSRecord } from 'aws-lambda';
import { createAnalytics } from '../../src/domain/analytics.js';
import { createRecordEventReceiver } from '../../src/receivers/record-event.js';
import { createMetricsTable } from '../../src/store/metrics-table.js';
import { declaredRouting } from '../helpers/declared-routing.js';
import { AFTER_THE_EXAMPLES, everyExample, example } from '../helpers/examples.js';

/**
 * Both transports end to end on the local cloud, routed as resources/record-event.yml declares:
 * producers publish every catalog event on its catalog transport, and the queue receives each
 * once, which the real receiver counts into the real table.
 */
describe('the record-event queue on the local cloud', () => {
  let edge: Edge;
  let clients: { sns: SNSClient; sqs: SQSClient; events: EventBridgeClient; dynamo: DynamoDBClient };
  let queueUrl: string;
  const topicArns: Record<string, string> = {};
  const bus = 'commerce-local';
  const tableName = 'analytics-local-metrics';
  const resourcesFile = fileURLToPath(new URL('../../resources/tables.yml', import.meta.url));

  beforeAll(async () => {
    edge = await startEdge({ port: 0 });
    const config = { endpoint: edge.url, region: edge.region, credentials: LOCAL_CREDENTIALS };
    clients = {
      sns: new SNSClient(config),
      sqs: new SQSClient(config),
      events: new EventBridgeClient(config),
      dynamo: new DynamoDBClient(config),
    };
    await createDeclaredTable(clients.dynamo, { resourcesFile, logicalId: 'MetricsTable', tableName });
    queueUrl = (await clients.sqs.send(new CreateQueueCommand({ QueueName: 'analytics-local-record-event' })))
      .QueueUrl!;
    const { Attributes } = await clients.sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }),
    );
    const queueArn = Attributes!['QueueArn']!;
    const routing = declaredRouting();
    for (const { topic, filterPolicy, filterPolicyScope } of routing.subscriptions) {
      const { TopicArn } = await clients.sns.send(new CreateTopicCommand({ Name: `${topic}-local-events` }));
      topicArns[`${topic}-events`] = TopicArn!;
      await clients.sns.send(
        new SubscribeCommand({
          TopicArn,
          Protocol: 'sqs',
          Endpoint: queueArn,
          Attributes: { FilterPolicy: JSON.stringify(filterPolicy), FilterPolicyScope: filterPolicyScope },
        }),
      );
    }
    await clients.events.send(new CreateEventBusCommand({ Name: bus }));
    for (const [i, pattern] of routing.eventPatterns.entries()) {
      await clients.events.send(
        new PutRuleCommand({ Name: `analytics-local-${i}`, EventBusName: bus, EventPattern: JSON.stringify(pattern) }),
      );
      await clients.events.send(
        new PutTargetsCommand({
          Rule: `analytics-local-${i}`,
          EventBusName: bus,
          Targets: [{ Id: 'q', Arn: queueArn }],
        }),
      );
    }
  });

  afterAll(async () => {
    for (const client of Object.values(clients ?? {})) client.destroy();
    await edge?.stop();
  });

  /** Publishes as each event's producer does: on its topic (SNS) or on platform's bus (EventBridge). */
  const publish = async (event: CommerceEvent, topic?: string) => {
    const route = routeOf(findEntry(event.type, event.version)!);
    if (topic || route.kind === 'sns') {
      const topicArn = topicArns[topic ?? (route as { topic: string }).topic]!;
      await createSnsPublisher({ topicArn, client: clients.sns }).publish(event);
    } else {
      await createEventBridgePublisher({ eventBusName: bus, client: clients.events }).publish(event);
    }
  };

  /** Everything in the queue now, as Lambda's SQS event source would hand it over. */
  const drain = async (): Promise<SQSRecord[]> => {
    const records: SQSRecord[] = [];
    for (;;) {
      const { Messages = [] } = await clients.sqs.send(
        new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
      );
      if (Messages.length === 0) return records;
      await clients.sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: Messages.map((message, i) => ({ Id: String(i), ReceiptHandle: message.ReceiptHandle! })),
        }),
      );
      records.push(
        ...Messages.map(
          (message) =>
            ({
              messageId: message.MessageId!,
              receiptHandle: message.ReceiptHandle!,
              body: message.Body!,
              attributes: { ApproximateReceiveCount: '1' },
            }) as unknown as SQSRecord,
        ),
      );
    }
  };

  it('receives every catalog event once, by its transport, and counts each', async () => {
    for (const event of everyExample()) await publish(event);

    const records = await drain();
    const analytics = createAnalytics({
      metrics: createMetricsTable({ tableName, client: DynamoDBDocumentClient.from(clients.dynamo) }),
      now: () => AFTER_THE_EXAMPLES,
    });
    const response = await createRecordEventReceiver(analytics)(sqsBatch(...records), lambdaContext);

    const bySns = everyExample().filter((event) => routeOf(findEntry(event.type, event.version)!).kind === 'sns');
    const bodies = records.map((record) => JSON.parse(record.body) as Record<string, unknown>);
    expect(bodies.filter((body) => body['Type'] === 'Notification')).toHaveLength(bySns.length);
    expect(bodies.filter((body) => typeof body['detail-type'] === 'string')).toHaveLength(
      everyExample().length - bySns.length,
    );
    expect(response).toEqual({ batchItemFailures: [] });
    const expectedByType: Record<string, number> = {};
    for (const { type } of everyExample()) expectedByType[type] = (expectedByType[type] ?? 0) + 1;
    expect((await analytics.summary()).eventsByType).toEqual(expectedByType);
  });

  it('filters each topic to the types the catalog puts on it', async () => {
    // An OrderPlaced has no business on payments' topic; the subscription there does not take it.
    await publish(example('OrderPlaced', 'two T-shirts and a mug'), 'payments-events');

    expect(await drain()).toEqual([]);
  });
});
