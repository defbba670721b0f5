import { alertsTopicName, alertsTopicParameter } from './agreements.js';
import { referenceOf, resourceById, resourcesOfType, ssmNamesIn, type NamedResource, type Stack } from './template.js';

/**
 * The SNS subscriptions that carry events: all but operators' subscriptions to platform's alerts
 * topic (an email address, a chat hook), which carry alarms to people, not events to services.
 */
export const eventSubscriptionsOf = (stack: Stack): NamedResource[] =>
  resourcesOfType(stack.template, 'AWS::SNS::Subscription').filter(({ properties }) => {
    const topicArn = properties['TopicArn'];
    const topic = resourceById(stack.template, referenceOf(topicArn)?.logicalId);
    const toAlerts =
      ssmNamesIn(topicArn).includes(alertsTopicParameter(stack.stage)) ||
      topic?.properties['TopicName'] === alertsTopicName(stack.stage);
    return !toAlerts;
  });
