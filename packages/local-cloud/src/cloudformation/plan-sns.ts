import { definedEntries } from './defined-entries.js';
import type { FieldReader } from './field-reader.js';
import type { ResourcePlanner } from './resource-planner.js';
import type { SubscriptionPlan } from './stack-plan.js';

const subscriptionOf = (logicalId: string, topicArn: string, fields: FieldReader): SubscriptionPlan => ({
  logicalId,
  topicArn,
  protocol: fields.string('Protocol'),
  endpoint: fields.string('Endpoint'),
  // The attributes Subscribe takes, as strings: https://docs.aws.amazon.com/sns/latest/api/API_Subscribe.html
  attributes: definedEntries({
    FilterPolicy: fields.optionalJsonText('FilterPolicy'),
    FilterPolicyScope: fields.optionalOneOf('FilterPolicyScope', ['MessageAttributes', 'MessageBody']),
    RawMessageDelivery: fields.optionalBoolean('RawMessageDelivery')?.toString(),
    RedrivePolicy: fields.optionalJsonText('RedrivePolicy'),
  }),
});

/** A topic, and the subscriptions declared inline in its `Subscription` property. */
export const planTopic: ResourcePlanner = (topic) => {
  const arn = topic.ref();
  return {
    topics: [
      {
        logicalId: topic.logicalId,
        name: topic.name,
        arn,
        attributes: definedEntries({
          FifoTopic: topic.fields.optionalBoolean('FifoTopic')?.toString(),
          ContentBasedDeduplication: topic.fields.optionalBoolean('ContentBasedDeduplication')?.toString(),
        }),
      },
    ],
    subscriptions: topic.fields
      .objects('Subscription')
      .map((fields, index) => subscriptionOf(`${topic.logicalId}.Subscription[${index}]`, arn, fields)),
  };
};

/** @internal */
export const planSubscription: ResourcePlanner = ({ logicalId, fields }) => ({
  subscriptions: [subscriptionOf(logicalId, fields.string('TopicArn'), fields)],
});
