import type { ServiceName } from '@commerce/contracts/catalog';
import type { Stack, Template } from '../../src/index.js';
import type { Json } from '../../src/template.js';

/*
 * Small stacks shaped like `sls package` output for this repository's services, each compliant with
 * every check. Tests seed one violation into a copy (`seeded`) and expect exactly that finding.
 */

type Resources = Record<string, { Type: string; Properties: Record<string, Json> }>;

const getAtt = (logicalId: string, attribute = 'Arn'): Json => ({ 'Fn::GetAtt': [logicalId, attribute] });
const ssm = (name: string): string => `{{resolve:ssm:${name}}}`;

const role = (statements: Json[]) => ({
  Type: 'AWS::IAM::Role',
  Properties: {
    AssumeRolePolicyDocument: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    },
    Policies: [{ PolicyName: 'own', PolicyDocument: { Version: '2012-10-17', Statement: statements } }],
  },
});

const tracing: Json = {
  Sid: 'Tracing',
  Effect: 'Allow',
  Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'],
  Resource: '*',
};

export const publishOnOwnTopic = (service: string, stage: string): Json => ({
  Sid: 'PublishOnOwnTopic',
  Effect: 'Allow',
  Action: 'sns:Publish',
  Resource: ssm(`/commerce/${stage}/${service}/events-topic-arn`),
});

export const putEventsAs = (source: string, stage: string): Json => ({
  Sid: 'PublishOutcomes',
  Effect: 'Allow',
  Action: 'events:PutEvents',
  Resource: {
    'Fn::Sub': `arn:\${AWS::Partition}:events:\${AWS::Region}:\${AWS::AccountId}:event-bus/${ssm(`/commerce/${stage}/platform/event-bus-name`)}`,
  },
  Condition: { StringEquals: { 'events:source': source } },
});

const lambda = (name: string, timeout: number, environment: Record<string, Json>) => ({
  Type: 'AWS::Lambda::Function',
  Properties: {
    Runtime: 'nodejs22.x',
    Handler: `src/${name}.handler`,
    Timeout: timeout,
    MemorySize: 256,
    Role: getAtt(`${name}Role`),
    Environment: { Variables: { LOG_LEVEL: 'info', ...environment } },
  },
});

const router = (statements: Json[], environment: Record<string, Json> = {}): Resources => ({
  RouterLambdaFunction: lambda('Router', 6, environment),
  RouterRole: role([tracing, ...statements]),
  HttpApiIntegrationRouter: {
    Type: 'AWS::ApiGatewayV2::Integration',
    Properties: {
      ApiId: { Ref: 'HttpApi' },
      IntegrationType: 'AWS_PROXY',
      IntegrationUri: getAtt('RouterLambdaFunction'),
    },
  },
});

interface ReceiverOptions {
  readonly statements: Json[];
  readonly environment: Record<string, Json>;
  /** What feeds its queue: subscriptions and rules, keyed by logical id, with the queue as target. */
  readonly feeds: (queueArn: Json) => Resources;
}

/** A receiver as services declare one: its function and role, its queue, DLQ and DLQ alarm, and what feeds the queue. */
const receiver = (name: string, stage: string, { statements, environment, feeds }: ReceiverOptions): Resources => ({
  [`${name}LambdaFunction`]: lambda(name, 15, environment),
  [`${name}Role`]: role([
    tracing,
    { Effect: 'Allow', Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage'], Resource: getAtt(`${name}Queue`) },
    ...statements,
  ]),
  [`${name}EventSourceMapping`]: {
    Type: 'AWS::Lambda::EventSourceMapping',
    Properties: {
      EventSourceArn: getAtt(`${name}Queue`),
      FunctionName: getAtt(`${name}LambdaFunction`),
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    },
  },
  [`${name}Queue`]: {
    Type: 'AWS::SQS::Queue',
    Properties: {
      VisibilityTimeout: 90,
      RedrivePolicy: { deadLetterTargetArn: getAtt(`${name}DeadLetterQueue`), maxReceiveCount: 5 },
    },
  },
  [`${name}DeadLetterQueue`]: { Type: 'AWS::SQS::Queue', Properties: { MessageRetentionPeriod: 1209600 } },
  [`${name}DeadLetterAlarm`]: {
    Type: 'AWS::CloudWatch::Alarm',
    Properties: {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: getAtt(`${name}DeadLetterQueue`, 'QueueName') }],
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [ssm(`/commerce/${stage}/platform/alerts-topic-arn`)],
    },
  },
  ...feedsWithPolicy(name, feeds(getAtt(`${name}Queue`))),
});

/** The feeds, and the queue policy that lets each in by its source ARN. */
const feedsWithPolicy = (name: string, feeds: Resources): Resources => {
  const statement = (service: string, sources: Json[]): Json[] =>
    sources.length === 0
      ? []
      : [
          {
            Effect: 'Allow',
            Principal: { Service: service },
            Action: 'sqs:SendMessage',
            Resource: getAtt(`${name}Queue`),
            Condition: { ArnEquals: { 'aws:SourceArn': sources } },
          },
        ];
  const entries = Object.entries(feeds);
  const topics = entries
    .filter(([, r]) => r.Type === 'AWS::SNS::Subscription')
    .map(([, r]) => r.Properties['TopicArn'] as Json);
  const rules = entries.filter(([, r]) => r.Type === 'AWS::Events::Rule').map(([id]) => getAtt(id));
  return {
    ...feeds,
    [`${name}QueuePolicy`]: {
      Type: 'AWS::SQS::QueuePolicy',
      Properties: {
        Queues: [{ Ref: `${name}Queue` }],
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [...statement('sns.amazonaws.com', topics), ...statement('events.amazonaws.com', rules)],
        },
      },
    },
  };
};

export const subscription = (
  producer: string,
  stage: string,
  queueArn: Json,
  filterPolicy?: Json,
): Resources[string] => ({
  Type: 'AWS::SNS::Subscription',
  Properties: {
    TopicArn: ssm(`/commerce/${stage}/${producer}/events-topic-arn`),
    Protocol: 'sqs',
    Endpoint: queueArn,
    RawMessageDelivery: true,
    ...(filterPolicy === undefined ? {} : { FilterPolicy: filterPolicy }),
  },
});

export const rule = (stage: string, queueArn: Json, eventPattern: Json): Resources[string] => ({
  Type: 'AWS::Events::Rule',
  Properties: {
    EventBusName: ssm(`/commerce/${stage}/platform/event-bus-name`),
    EventPattern: eventPattern,
    Targets: [{ Id: 'queue', Arn: queueArn }],
  },
});

const versionOne: Json = [{ numeric: ['=', 1] }];

/** orders: a router that publishes OrderPlaced on its topic, and two receivers of hand-offs that put outcomes on the bus. */
export const ordersStack = (stage = 'dev'): Stack => {
  const outcomes = {
    statements: [putEventsAs('commerce.orders', stage)],
    environment: { EVENT_BUS_NAME: ssm(`/commerce/${stage}/platform/event-bus-name`) },
  };
  return stack('orders', stage, {
    ...router([publishOnOwnTopic('orders', stage)], {
      EVENTS_TOPIC_ARN: ssm(`/commerce/${stage}/orders/events-topic-arn`),
    }),
    ...receiver('InventoryOutcome', stage, {
      ...outcomes,
      feeds: (queue) => ({
        InventoryOutcomeSubscription: subscription('inventory', stage, queue, {
          type: ['InventoryReserved', 'InventoryReservationFailed'],
          version: versionOne,
        }),
      }),
    }),
    ...receiver('PaymentOutcome', stage, {
      ...outcomes,
      feeds: (queue) => ({
        PaymentOutcomeSubscription: subscription('payments', stage, queue, {
          type: ['PaymentSucceeded', 'PaymentFailed'],
          version: versionOne,
        }),
      }),
    }),
  });
};

/** notifications: a router, and a receiver fed by a rule on the bus that puts NotificationSent on it. */
export const notificationsStack = (stage = 'dev'): Stack =>
  stack('notifications', stage, {
    ...router([]),
    ...receiver('NotifyCustomer', stage, {
      statements: [putEventsAs('commerce.notifications', stage)],
      environment: { EVENT_BUS_NAME: ssm(`/commerce/${stage}/platform/event-bus-name`) },
      feeds: (queue) => ({
        NotifyCustomerRule: rule(stage, queue, {
          source: ['commerce.orders'],
          'detail-type': ['OrderConfirmed', 'OrderCancelled'],
          detail: { version: [1] },
        }),
      }),
    }),
  });

const stack = (service: ServiceName, stage: string, resources: Resources): Stack => ({
  service,
  stage,
  template: { Resources: resources } as Template,
});

/** A deep copy of `stack` with one change made to its resources. */
export const seeded = (original: Stack, change: (resources: Resources) => void): Stack => {
  const template = structuredClone(original.template) as unknown as { Resources: Resources };
  change(template.Resources);
  return { ...original, template: template as unknown as Template };
};

/** The properties of one resource of a seeded copy, for changing in place. */
export const propertiesOf = (resources: Resources, logicalId: string): Record<string, Json> => {
  const resource = resources[logicalId];
  if (!resource) throw new Error(`The fixture has no ${logicalId}`);
  return resource.Properties;
};

/** The statements of a role of a seeded copy, for changing in place. */
export const statementsOf = (resources: Resources, roleId: string): Json[] => {
  const policies = propertiesOf(resources, roleId)['Policies'] as { PolicyDocument: { Statement: Json[] } }[];
  const first = policies[0];
  if (!first) throw new Error(`${roleId} has no policy`);
  return first.PolicyDocument.Statement;
};

export { getAtt, ssm };
