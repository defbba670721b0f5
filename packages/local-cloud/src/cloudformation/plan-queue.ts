import { definedEntries } from './defined-entries.js';
import type { FieldReader } from './field-reader.js';
import type { ResourcePlanner } from './resource-planner.js';

const numberAttributes = [
  'DelaySeconds',
  'MaximumMessageSize',
  'MessageRetentionPeriod',
  'ReceiveMessageWaitTimeSeconds',
  'VisibilityTimeout',
] as const;
const booleanAttributes = ['FifoQueue', 'ContentBasedDeduplication'] as const;
const textAttributes = ['DeduplicationScope', 'FifoThroughputLimit'] as const;
const policyAttributes = ['RedrivePolicy', 'RedriveAllowPolicy'] as const;

/**
 * The CreateQueue attributes a queue declares: CloudFormation's property names are SQS's attribute
 * names, with policies written as objects. Encryption (KmsMasterKeyId, SqsManagedSseEnabled) has no
 * local meaning and is left out.
 * See https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sqs-queue.html
 */
const queueAttributes = (fields: FieldReader): Record<string, string> =>
  definedEntries(
    Object.fromEntries([
      ...numberAttributes.map((key) => [key, fields.optionalNumber(key)?.toString()]),
      ...booleanAttributes.map((key) => [key, fields.optionalBoolean(key)?.toString()]),
      ...textAttributes.map((key) => [key, fields.optionalString(key)]),
      ...policyAttributes.map((key) => [key, fields.optionalJsonText(key)]),
    ]),
  );

/** @internal */
export const planQueue: ResourcePlanner = (queue) => ({
  queues: [
    {
      logicalId: queue.logicalId,
      name: queue.name,
      url: queue.ref(),
      arn: queue.getAtt('Arn'),
      attributes: queueAttributes(queue.fields),
    },
  ],
});
