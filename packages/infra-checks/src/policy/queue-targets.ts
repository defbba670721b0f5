import { eventSubscriptionsOf } from '../event-subscriptions.js';
import type { Finding, StackCheck } from '../check.js';
import {
  asList,
  isObject,
  referenceOf,
  resourceById,
  resourcesOfType,
  stringsIn,
  type Json,
  type Template,
} from '../template.js';

/** The queues of this stack that a function consumes. */
const consumedQueuesOf = (template: Template): Set<string> =>
  new Set(
    resourcesOfType(template, 'AWS::Lambda::EventSourceMapping').flatMap(({ properties }) => {
      const queue = referenceOf(properties['EventSourceArn'])?.logicalId;
      return queue === undefined ? [] : [queue];
    }),
  );

const targetFinding = (
  template: Template,
  resource: string,
  arn: Json | undefined,
  consumed: Set<string>,
): Finding[] => {
  const target = resourceById(template, referenceOf(arn)?.logicalId);
  if (target?.type !== 'AWS::SQS::Queue') {
    return [
      {
        resource,
        message:
          'delivers to something other than a queue of this stack: a queue buffers, retries and dead-letters what a direct function target would drop',
      },
    ];
  }
  return consumed.has(target.logicalId)
    ? []
    : [{ resource, message: `delivers to ${target.logicalId}, which no function consumes` }];
};

const DIRECT_INVOKERS = ['sns.amazonaws.com', 'events.amazonaws.com'];

/**
 * Events reach functions through queues only: SNS and EventBridge retry a function target for a
 * while and then drop the event, while a queue keeps it, batches it and hands poison to a DLQ.
 */
export const queueTargets: StackCheck = {
  name: 'queue-targets',
  rule: 'Every event subscription (SNS) and EventBridge rule targets an SQS queue of the stack that a function consumes; no function may be invoked by SNS or EventBridge directly.',
  run: (stack) => {
    const { template } = stack;
    const consumed = consumedQueuesOf(template);
    return [
      ...eventSubscriptionsOf(stack).flatMap(({ logicalId, properties }) =>
        properties['Protocol'] === 'sqs'
          ? targetFinding(template, logicalId, properties['Endpoint'], consumed)
          : [{ resource: logicalId, message: `subscribes with protocol ${String(properties['Protocol'])}, not sqs` }],
      ),
      ...resourcesOfType(template, 'AWS::Events::Rule').flatMap(({ logicalId, properties }) =>
        asList(properties['Targets'])
          .filter(isObject)
          .flatMap((target) =>
            targetFinding(template, `${logicalId} target ${String(target['Id'])}`, target['Arn'], consumed),
          ),
      ),
      ...resourcesOfType(template, 'AWS::Lambda::Permission')
        .filter(({ properties }) => stringsIn(properties['Principal']).some((p) => DIRECT_INVOKERS.includes(p)))
        .map(({ logicalId, properties }) => ({
          resource: logicalId,
          message: `lets ${String(properties['Principal'])} invoke a function directly: route through a queue`,
        })),
    ];
  },
};
