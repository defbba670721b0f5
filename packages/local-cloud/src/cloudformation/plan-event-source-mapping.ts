import { resourceNameOf } from '../local-account.js';
import type { ResourcePlanner } from './resource-planner.js';

/**
 * FunctionName may be a name, a full or partial ARN, with or without a version or alias
 * qualifier (`arn:aws:lambda:us-east-1:000000000000:function:orders-dev-receiver:live`).
 * `sls offline` serves each function under its unqualified name.
 */
const functionNameOf = (nameOrArn: string): string => {
  const afterFunction = nameOrArn.split('function:').at(-1) ?? nameOrArn;
  return afterFunction.split(':')[0] ?? afterFunction;
};

/**
 * An SQS event source mapping, with Lambda's defaults (batch size 10, no batching window, enabled).
 * Streams (DynamoDB, Kinesis) and other sources are reported as unsupported.
 * See https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-eventsourcemapping.html
 *
 * @internal
 */
export const planEventSourceMapping: ResourcePlanner = ({ logicalId, type, fields, queueUrl }) => {
  const queueArn = fields.string('EventSourceArn');
  if (!queueArn.startsWith('arn:aws:sqs:')) {
    return { unsupported: [{ logicalId, type, reason: `only SQS event sources run locally, not ${queueArn}` }] };
  }
  // Lambda deletes the messages a filter rejects; delivering them all instead would hide a bug.
  if (fields.optionalObject('FilterCriteria')) {
    return { unsupported: [{ logicalId, type, reason: 'event filtering (FilterCriteria) does not run locally' }] };
  }
  return {
    eventSourceMappings: [
      {
        logicalId,
        queueArn,
        queueUrl: queueUrl(resourceNameOf(queueArn)),
        functionName: functionNameOf(fields.string('FunctionName')),
        batchSize: fields.optionalNumber('BatchSize') ?? 10,
        maximumBatchingWindowInSeconds: fields.optionalNumber('MaximumBatchingWindowInSeconds') ?? 0,
        reportBatchItemFailures: fields.strings('FunctionResponseTypes').includes('ReportBatchItemFailures'),
        enabled: fields.optionalBoolean('Enabled') ?? true,
      },
    ],
  };
};
