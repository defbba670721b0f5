import { CreateTopicCommand, SubscribeCommand, type SNSClient } from '@aws-sdk/client-sns';
import { expectSameIdentifier } from './aws-errors.js';
import type { SubscriptionPlan, TopicPlan } from './stack-plan.js';

/** CreateTopic returns the existing topic when called again with the same name and attributes. */
export const createTopics = async (sns: SNSClient, topics: readonly TopicPlan[]): Promise<void> => {
  for (const topic of topics) {
    const { TopicArn } = await sns.send(
      new CreateTopicCommand({ Name: topic.name, Attributes: { ...topic.attributes } }),
    );
    expectSameIdentifier(`topic ${topic.name}`, topic.arn, TopicArn);
  }
};

/**
 * Subscribe with the subscription's attributes (FilterPolicy, FilterPolicyScope,
 * RawMessageDelivery) in the same call, so no message is delivered unfiltered in between. Subscribing
 * the same endpoint again with the same attributes returns the existing subscription.
 * See https://docs.aws.amazon.com/sns/latest/api/API_Subscribe.html
 */
export const createSubscriptions = async (
  sns: SNSClient,
  subscriptions: readonly SubscriptionPlan[],
): Promise<void> => {
  for (const subscription of subscriptions) {
    await sns.send(
      new SubscribeCommand({
        TopicArn: subscription.topicArn,
        Protocol: subscription.protocol,
        Endpoint: subscription.endpoint,
        Attributes: { ...subscription.attributes },
        ReturnSubscriptionArn: true,
      }),
    );
  }
};
