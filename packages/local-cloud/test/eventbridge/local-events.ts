import {
  EventBridgeClient,
  PutEventsCommand,
  PutRuleCommand,
  PutTargetsCommand,
  type PutEventsRequestEntry,
  type PutEventsResponse,
  type RuleState,
  type Target,
} from '@aws-sdk/client-eventbridge';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { startEdge, type Edge } from '../../src/edge/edge-server.js';
import { createEventBridgeService } from '../../src/eventbridge/eventbridge-service.js';
import { LOCAL_CREDENTIALS } from '../../src/local-account.js';

export { stderrDuring } from '../sns/local-sns.js';

/** An edge serving EventBridge (and the default SQS), with real SDK clients pointed at it. */
export interface LocalEvents {
  edge: Edge;
  events: EventBridgeClient;
  sqs: SQSClient;
  stop(): Promise<void>;
}

export const startLocalEvents = async (): Promise<LocalEvents> => {
  const edge = await startEdge({ port: 0, services: { events: createEventBridgeService } });
  const config = { endpoint: edge.url, region: 'us-east-1', credentials: LOCAL_CREDENTIALS };
  const events = new EventBridgeClient({ ...config, maxAttempts: 1 });
  const sqs = new SQSClient(config);
  return {
    edge,
    events,
    sqs,
    stop: async () => {
      events.destroy();
      sqs.destroy();
      await edge.stop();
    },
  };
};

export interface TestQueue {
  url: string;
  arn: string;
}

export const createQueue = async ({ sqs }: LocalEvents, name: string): Promise<TestQueue> => {
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name }));
  const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
  return { url: QueueUrl as string, arn: Attributes?.['QueueArn'] as string };
};

export interface RuleToQueue {
  name: string;
  bus?: string;
  pattern: object;
  state?: RuleState;
  /** Input or InputPath of the target. */
  input?: Pick<Target, 'Input' | 'InputPath'>;
}

/** A queue named after the rule, and a rule with that queue as its only target. */
export const ruleToQueue = async (cloud: LocalEvents, rule: RuleToQueue): Promise<TestQueue> => {
  const queue = await createQueue(cloud, `${rule.name}-queue`);
  await cloud.events.send(
    new PutRuleCommand({
      Name: rule.name,
      EventBusName: rule.bus,
      EventPattern: JSON.stringify(rule.pattern),
      State: rule.state,
    }),
  );
  const { FailedEntryCount } = await cloud.events.send(
    new PutTargetsCommand({
      Rule: rule.name,
      EventBusName: rule.bus,
      Targets: [{ Id: 'queue', Arn: queue.arn, ...rule.input }],
    }),
  );
  if (FailedEntryCount) throw new Error(`the target of rule ${rule.name} was refused`);
  return queue;
};

/** An entry from the orders service; `overrides` replace or (as undefined) remove its fields. */
export const orderEntry = (overrides: Partial<PutEventsRequestEntry> = {}): PutEventsRequestEntry => ({
  Source: 'commerce.orders',
  DetailType: 'OrderPlaced',
  Detail: JSON.stringify({ orderId: 'o-1', total: 1200 }),
  ...overrides,
});

export const putEvents = ({ events }: LocalEvents, ...entries: PutEventsRequestEntry[]): Promise<PutEventsResponse> =>
  events.send(new PutEventsCommand({ Entries: entries }));

/**
 * The parsed bodies waiting in a queue. PutEvents answers only once delivery is done, so no wait is
 * needed to see a delivered message.
 */
export const receiveBodies = async ({ sqs }: LocalEvents, queue: TestQueue): Promise<unknown[]> => {
  const { Messages = [] } = await sqs.send(
    new ReceiveMessageCommand({ QueueUrl: queue.url, MaxNumberOfMessages: 10, VisibilityTimeout: 30 }),
  );
  return Messages.map((message) => JSON.parse(message.Body ?? 'null') as unknown);
};
