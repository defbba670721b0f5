import type { JsonValue } from './template-types.js';

/** What a resource's Ref and Fn::GetAtt are computed from. */
export interface ResourceIdentity {
  readonly logicalId: string;
  /** Its physical name: the declared name, or the one the local cloud generates. */
  readonly name: string;
  readonly region: string;
  readonly accountId: string;
  readonly queueUrl: (queueName: string) => string;
  /** One of its properties, resolved. */
  property(key: string): JsonValue | undefined;
}

/** @internal */
export interface ResourceKind {
  /** The property that names the resource; CloudFormation generates a name when it is absent. */
  readonly nameProperty: string;
  ref(resource: ResourceIdentity): string;
  readonly attributes: Readonly<Record<string, (resource: ResourceIdentity) => JsonValue>>;
}

const arn = (service: string, { region, accountId }: ResourceIdentity, resource: string): string =>
  `arn:aws:${service}:${region}:${accountId}:${resource}`;

const queueArn = (queue: ResourceIdentity) => arn('sqs', queue, queue.name);
const topicArn = (topic: ResourceIdentity) => arn('sns', topic, topic.name);
const functionArn = (fn: ResourceIdentity) => arn('lambda', fn, `function:${fn.name}`);
const busArn = (bus: ResourceIdentity) => arn('events', bus, `event-bus/${bus.name}`);

/** A rule on a custom bus has the bus in its ARN: `rule/<bus>/<rule>`. */
const ruleArn = (rule: ResourceIdentity): string => {
  const bus = String(rule.property('EventBusName') ?? 'default')
    .split('/')
    .at(-1);
  return arn('events', rule, bus === 'default' ? `rule/${rule.name}` : `rule/${bus}/${rule.name}`);
};

/**
 * Ref and Fn::GetAtt of each resource type that has a local counterpart, as the CloudFormation
 * resource reference documents them (its "Return values" section, e.g.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sqs-queue.html#aws-resource-sqs-queue-return-values).
 *
 * @internal
 */
export const resourceKinds: Readonly<Record<string, ResourceKind>> = {
  'AWS::SQS::Queue': {
    nameProperty: 'QueueName',
    ref: (queue) => queue.queueUrl(queue.name),
    attributes: { Arn: queueArn, QueueName: (queue) => queue.name, QueueUrl: (queue) => queue.queueUrl(queue.name) },
  },
  'AWS::SNS::Topic': {
    nameProperty: 'TopicName',
    ref: topicArn,
    attributes: { TopicArn: topicArn, TopicName: (topic) => topic.name },
  },
  'AWS::DynamoDB::Table': {
    nameProperty: 'TableName',
    ref: (table) => table.name,
    attributes: { Arn: (table) => arn('dynamodb', table, `table/${table.name}`) },
  },
  'AWS::Lambda::Function': {
    nameProperty: 'FunctionName',
    ref: (fn) => fn.name,
    attributes: { Arn: functionArn },
  },
  'AWS::Events::EventBus': {
    nameProperty: 'Name',
    ref: (bus) => bus.name,
    attributes: { Arn: busArn, Name: (bus) => bus.name },
  },
  'AWS::Events::Rule': {
    nameProperty: 'Name',
    ref: (rule) => rule.name,
    attributes: { Arn: ruleArn },
  },
  'AWS::SSM::Parameter': {
    nameProperty: 'Name',
    ref: (parameter) => parameter.name,
    attributes: {
      Type: (parameter) => parameter.property('Type') ?? 'String',
      Value: (parameter) => parameter.property('Value') ?? null,
    },
  },
};
