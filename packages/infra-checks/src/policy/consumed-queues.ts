import type { Finding, StackCheck } from '../check.js';
import {
  asList,
  numberOf,
  objectOf,
  referenceOf,
  resourceById,
  resourcesOfType,
  type NamedResource,
  type Template,
} from '../template.js';

/** SQS's default when a queue does not set one. */
const DEFAULT_VISIBILITY_TIMEOUT = 30;
/** Lambda's default when a function does not set one. */
const DEFAULT_FUNCTION_TIMEOUT = 3;

/** The alarms on a queue's depth: ApproximateNumberOfMessagesVisible for that queue, by name. */
const depthAlarmsOf = (template: Template, queue: string): NamedResource[] =>
  resourcesOfType(template, 'AWS::CloudWatch::Alarm').filter(
    ({ properties }) =>
      properties['Namespace'] === 'AWS/SQS' &&
      properties['MetricName'] === 'ApproximateNumberOfMessagesVisible' &&
      asList(properties['Dimensions']).some((dimension) => {
        const named = objectOf(dimension);
        return named?.['Name'] === 'QueueName' && referenceOf(named['Value'])?.logicalId === queue;
      }),
  );

const deadLetterFindings = (template: Template, queue: NamedResource): Finding[] => {
  const redrive = objectOf(queue.properties['RedrivePolicy']);
  const deadLetterQueue = resourceById(template, referenceOf(redrive?.['deadLetterTargetArn'])?.logicalId);
  if (!redrive || deadLetterQueue?.type !== 'AWS::SQS::Queue' || numberOf(redrive['maxReceiveCount']) === undefined) {
    return [
      {
        resource: queue.logicalId,
        message:
          'has no RedrivePolicy to a dead-letter queue of this stack with a maxReceiveCount: a poison message would be retried until it expires',
      },
    ];
  }
  const alarms = depthAlarmsOf(template, deadLetterQueue.logicalId);
  if (alarms.length === 0) {
    return [
      {
        resource: deadLetterQueue.logicalId,
        message: 'has no alarm on ApproximateNumberOfMessagesVisible: messages would wait there unseen',
      },
    ];
  }
  return alarms
    .filter((alarm) => asList(alarm.properties['AlarmActions']).length === 0)
    .map((alarm) => ({ resource: alarm.logicalId, message: 'has no AlarmActions: it would fire and tell no one' }));
};

const visibilityFindings = (template: Template, queue: NamedResource, mapping: NamedResource): Finding[] => {
  const fn = resourceById(template, referenceOf(mapping.properties['FunctionName'])?.logicalId);
  const timeout = numberOf(fn?.properties['Timeout']) ?? DEFAULT_FUNCTION_TIMEOUT;
  const window = numberOf(mapping.properties['MaximumBatchingWindowInSeconds']) ?? 0;
  const visibility = numberOf(queue.properties['VisibilityTimeout']) ?? DEFAULT_VISIBILITY_TIMEOUT;
  // AWS's advice for SQS event sources: six times the function timeout, plus the batching window.
  const needed = 6 * timeout + window;
  return visibility >= needed
    ? []
    : [
        {
          resource: queue.logicalId,
          message: `has VisibilityTimeout ${visibility} s, under 6 x the ${timeout} s timeout of ${fn?.logicalId ?? 'its function'} + ${window} s batching window = ${needed} s: a slow batch would be delivered twice`,
        },
      ];
};

const mappingFindings = (template: Template, mapping: NamedResource): Finding[] => {
  const findings: Finding[] = [];
  if (!asList(mapping.properties['FunctionResponseTypes']).includes('ReportBatchItemFailures')) {
    findings.push({
      resource: mapping.logicalId,
      message: 'does not report batch item failures: one bad record would retry its whole batch',
    });
  }
  const queue = resourceById(template, referenceOf(mapping.properties['EventSourceArn'])?.logicalId);
  if (queue?.type !== 'AWS::SQS::Queue') {
    return [...findings, { resource: mapping.logicalId, message: 'reads a queue that is not in this stack' }];
  }
  return [...findings, ...visibilityFindings(template, queue, mapping), ...deadLetterFindings(template, queue)];
};

/** A consumed queue never loses a message, never redelivers a slow one, and never hides a poison one. */
export const consumedQueues: StackCheck = {
  name: 'consumed-queues',
  rule: 'Every queue a function consumes is in its stack, has a redrive policy to a DLQ whose depth alarm has actions, and a visibility timeout of at least 6x the function timeout; every mapping reports batch item failures.',
  run: ({ template }) =>
    resourcesOfType(template, 'AWS::Lambda::EventSourceMapping').flatMap((mapping) =>
      mappingFindings(template, mapping),
    ),
};
