import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SNSClient } from '@aws-sdk/client-sns';
import { GetQueueAttributesCommand, ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { startEdge, type Edge } from '../../src/edge/edge-server.js';
import { deadLetterQueuesFirst } from '../../src/cloudformation/apply-queues.js';
import { applyStack } from '../../src/cloudformation/apply-stack.js';
import type { StackClients } from '../../src/cloudformation/stack-clients.js';
import { StackApplyError } from '../../src/cloudformation/stack-errors.js';
import type { StackPlan } from '../../src/cloudformation/stack-plan.js';
import { inventoryTemplate, plan, queueUrlAt } from './fixture.js';
import { awsError, recordingMiddleware, type Answer, type RecordedCommand } from './recording-middleware.js';

const clientConfig = (edge: Edge) => ({
  endpoint: edge.url,
  region: 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});

/**
 * The SNS and EventBridge engines are not mounted in the edge yet, and dynalite has no
 * UpdateTimeToLive: those commands are recorded and answered as AWS documents, statefully enough
 * to show idempotence (a bus exists once created; time to live reads back as enabled once set).
 */
const fakeEngines = (recorded: RecordedCommand[]): Record<string, Answer> => {
  const buses = new Set<string>();
  const timeToLive = new Map<string, string>();
  return {
    CreateTopic: (input) => ({ TopicArn: `arn:aws:sns:us-east-1:000000000000:${String(input['Name'])}` }),
    Subscribe: (input) => ({ SubscriptionArn: `${String(input['TopicArn'])}:subscription-${recorded.length}` }),
    CreateEventBus: (input) => {
      const name = String(input['Name']);
      if (buses.has(name)) throw awsError('ResourceAlreadyExistsException', `Event bus ${name} already exists.`);
      buses.add(name);
      return { EventBusArn: `arn:aws:events:us-east-1:000000000000:event-bus/${name}` };
    },
    PutRule: (input) => ({ RuleArn: `arn:aws:events:us-east-1:000000000000:rule/${String(input['Name'])}` }),
    PutTargets: () => ({ FailedEntryCount: 0, FailedEntries: [] }),
    UpdateTimeToLive: (input) => {
      const specification = input['TimeToLiveSpecification'] as { AttributeName: string };
      timeToLive.set(String(input['TableName']), specification.AttributeName);
      return { TimeToLiveSpecification: specification };
    },
    DescribeTimeToLive: (input) => {
      const attributeName = timeToLive.get(String(input['TableName']));
      return {
        TimeToLiveDescription: attributeName
          ? { TimeToLiveStatus: 'ENABLED', AttributeName: attributeName }
          : { TimeToLiveStatus: 'DISABLED' },
      };
    },
  };
};

describe('applyStack against the local edge', () => {
  let edge: Edge;
  let clients: StackClients;
  let inventory: StackPlan;
  let mappings: Awaited<ReturnType<typeof applyStack>>;
  const recorded: RecordedCommand[] = [];
  /** What the first apply, on an empty local cloud, sent to the faked engines. */
  let firstApply: RecordedCommand[];
  const commandsSent = () => recorded.map((entry) => entry.command);

  beforeAll(async () => {
    edge = await startEdge({ port: 0 });
    const answers = fakeEngines(recorded);
    const record = { step: 'initialize', name: 'recordFakeEngines' } as const;
    clients = {
      sqs: new SQSClient(clientConfig(edge)),
      dynamodb: new DynamoDBClient(clientConfig(edge)),
      sns: new SNSClient(clientConfig(edge)),
      eventBridge: new EventBridgeClient(clientConfig(edge)),
    };
    clients.dynamodb.middlewareStack.add(recordingMiddleware(recorded, answers), record);
    clients.sns.middlewareStack.add(recordingMiddleware(recorded, answers), record);
    clients.eventBridge.middlewareStack.add(recordingMiddleware(recorded, answers), record);
    inventory = plan(inventoryTemplate, { queueUrl: queueUrlAt(edge.url) });
    mappings = await applyStack(inventory, clients);
    firstApply = [...recorded];
  });

  afterAll(async () => {
    for (const client of Object.values(clients ?? {})) client.destroy();
    await edge?.stop();
  });

  beforeEach(() => {
    recorded.length = 0;
  });

  const queueAttributes = async (queueUrl: string) =>
    (await clients.sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['All'] }))).Attributes;

  it('creates the queue with its redrive policy to the dead-letter queue, and returns the mappings to start', async () => {
    const [queue, deadLetterQueue] = inventory.queues;
    expect(await queueAttributes(queue?.url ?? '')).toMatchObject({
      VisibilityTimeout: '36',
      MessageRetentionPeriod: '1209600',
      RedrivePolicy: JSON.stringify({ deadLetterTargetArn: deadLetterQueue?.arn, maxReceiveCount: 5 }),
    });
    expect(await queueAttributes(deadLetterQueue?.url ?? '')).toMatchObject({ QueueArn: deadLetterQueue?.arn });
    expect(mappings).toEqual(inventory.eventSourceMappings);
    expect(mappings[0]?.queueUrl).toBe(queue?.url);
  });

  it('orders each dead-letter queue before the queue that redrives to it, whatever the template order', () => {
    expect(inventory.queues.map((queue) => queue.logicalId)).toEqual(['ReserveQueue', 'ReserveDeadLetterQueue']);
    expect(deadLetterQueuesFirst(inventory.queues).map((queue) => queue.logicalId)).toEqual([
      'ReserveDeadLetterQueue',
      'ReserveQueue',
    ]);
  });

  it('creates the table with its keys and index in the engine, and enables its time to live', async () => {
    const { Table } = await clients.dynamodb.send(new DescribeTableCommand({ TableName: 'inventory-dev-stock' }));
    expect(Table?.TableStatus).toBe('ACTIVE');
    expect(Table?.KeySchema).toEqual(inventory.tables[0]?.definition.KeySchema);
    expect(Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName)).toEqual(['byOrder']);
    expect(firstApply.filter((entry) => entry.command === 'UpdateTimeToLive').map((entry) => entry.input)).toEqual([
      { TableName: 'inventory-dev-stock', TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true } },
    ]);
  });

  it('creates the topic, then subscribes with the filter policy, then puts the rule and its InputPath target', () => {
    const sent = firstApply.filter(
      (entry) => entry.command !== 'DescribeTimeToLive' && entry.command !== 'UpdateTimeToLive',
    );
    expect(sent).toEqual([
      { command: 'CreateTopic', input: { Name: 'inventory-dev-events', Attributes: {} } },
      {
        command: 'Subscribe',
        input: {
          TopicArn: 'arn:aws:sns:us-east-1:000000000000:orders-dev-events',
          Protocol: 'sqs',
          Endpoint: 'arn:aws:sqs:us-east-1:000000000000:inventory-dev-reserve',
          Attributes: {
            FilterPolicy: '{"type":["OrderPlaced"],"version":[{"prefix":"1."}]}',
            FilterPolicyScope: 'MessageAttributes',
            RawMessageDelivery: 'false',
          },
          ReturnSubscriptionArn: true,
        },
      },
      {
        command: 'PutRule',
        input: {
          Name: 'inventory-dev-order-cancelled',
          EventBusName: 'platform-dev-bus',
          EventPattern: '{"source":["commerce.orders"],"detail-type":["OrderCancelled"]}',
          State: 'ENABLED',
        },
      },
      {
        command: 'PutTargets',
        input: {
          Rule: 'inventory-dev-order-cancelled',
          EventBusName: 'platform-dev-bus',
          Targets: [
            { Id: 'release', Arn: 'arn:aws:sqs:us-east-1:000000000000:inventory-dev-reserve', InputPath: '$.detail' },
          ],
        },
      },
    ]);
  });

  it('applies the same plan again after a restart without failing or creating anything twice', async () => {
    const busStack = plan(
      { Resources: { Bus: { Type: 'AWS::Events::EventBus', Properties: { Name: 'platform-dev-bus' } } } },
      { stackName: 'platform-dev', queueUrl: queueUrlAt(edge.url) },
    );
    await applyStack(busStack, clients);
    await applyStack(inventory, clients);
    const queuesBefore = await clients.sqs.send(new ListQueuesCommand({}));

    await expect(applyStack(busStack, clients)).resolves.toEqual([]);
    await expect(applyStack(inventory, clients)).resolves.toEqual(inventory.eventSourceMappings);

    expect((await clients.sqs.send(new ListQueuesCommand({}))).QueueUrls).toEqual(queuesBefore.QueueUrls);
    expect(commandsSent().filter((command) => command === 'CreateEventBus')).toHaveLength(2);
    expect(commandsSent().filter((command) => command === 'UpdateTimeToLive')).toHaveLength(0);
  });

  it('updates a queue in place when a restarted service declares different attributes', async () => {
    const [queue] = inventory.queues;
    const edited: StackPlan = {
      ...inventory,
      queues: inventory.queues.map((planned) =>
        planned === queue ? { ...planned, attributes: { ...planned.attributes, VisibilityTimeout: '90' } } : planned,
      ),
    };

    await applyStack(edited, clients);

    expect(await queueAttributes(queue?.url ?? '')).toMatchObject({ VisibilityTimeout: '90' });
  });

  it('fails naming the stack when queue URLs are built for another endpoint than the edge', async () => {
    const elsewhere = plan(inventoryTemplate, { queueUrl: queueUrlAt('http://127.0.0.1:1') });

    const applying = applyStack(elsewhere, clients);

    await expect(applying).rejects.toThrow(StackApplyError);
    await expect(applying).rejects.toThrow(
      `Stack "inventory-dev": creating its local resources failed: Error: queue inventory-dev-reserve-dlq: the plan expected http://127.0.0.1:1/000000000000/inventory-dev-reserve-dlq but the local cloud returned ${edge.url}/000000000000/inventory-dev-reserve-dlq`,
    );
  });
});
