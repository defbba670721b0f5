/**
 * The topics and subscriptions of one local SNS, in memory, in creation order (the order the List
 * actions return). Only SQS subscriptions exist, and they are confirmed at once, as AWS confirms a
 * subscription to a queue of the same account
 * (https://docs.aws.amazon.com/sns/latest/dg/subscribe-sqs-queue-to-sns-topic.html).
 */
import {
  assertQueueArn,
  assertSubscriptionArn,
  assertTopicArn,
  assertTopicName,
  newSubscriptionArn,
  topicArnOf,
  type ArnScope,
} from './arns.js';
import { invalidParameter, subscriptionNotFound, topicNotFound } from './sns-error.js';
import { sameSettings, settingsFrom, type SubscriptionSettings } from './subscription-settings.js';
import { assertTopicAttributes, sameTopicAttributes } from './topic-attributes.js';

export interface Topic {
  readonly arn: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly tags: Readonly<Record<string, string>>;
}

export interface Subscription {
  readonly arn: string;
  readonly topicArn: string;
  readonly protocol: 'sqs';
  /** The queue's ARN. */
  readonly endpoint: string;
  settings: SubscriptionSettings;
}

export interface SubscribeRequest {
  readonly topicArn: string;
  readonly protocol: string;
  readonly endpoint: string;
  readonly attributes: Readonly<Record<string, string>>;
}

export type Registry = ReturnType<typeof createRegistry>;

export const createRegistry = (scope: ArnScope) => {
  const topics = new Map<string, Topic>();
  const subscriptions = new Map<string, Subscription>();

  const topic = (arn: string): Topic => {
    assertTopicArn(arn);
    const found = topics.get(arn);
    if (!found) throw topicNotFound();
    return found;
  };

  const subscriptionsOf = (topicArn: string): Subscription[] =>
    [...subscriptions.values()].filter((subscription) => subscription.topicArn === topicArn);

  return {
    /** "This action is idempotent": an existing name returns its topic unless the attributes differ. */
    createTopic(name: string, attributes: Record<string, string>, tags: Record<string, string>): Topic {
      assertTopicName(name);
      assertTopicAttributes(attributes);
      const arn = topicArnOf(scope, name);
      const existing = topics.get(arn);
      if (existing) {
        if (!sameTopicAttributes(existing.attributes, attributes)) {
          throw invalidParameter('Attributes Reason: Topic already exists with different attributes');
        }
        return existing;
      }
      const created = { arn, attributes, tags };
      topics.set(arn, created);
      return created;
    },

    topic,

    topics: (): Topic[] => [...topics.values()],

    /** Deletes the topic and its subscriptions; "deleting a topic that does not exist does not result in an error". */
    deleteTopic(arn: string): void {
      assertTopicArn(arn);
      topics.delete(arn);
      for (const subscription of subscriptionsOf(arn)) subscriptions.delete(subscription.arn);
    },

    subscribe({ topicArn, protocol, endpoint, attributes }: SubscribeRequest): Subscription {
      topic(topicArn);
      if (protocol !== 'sqs') {
        throw invalidParameter(
          `Protocol Reason: the local cloud delivers to sqs subscriptions only, not "${protocol}"`,
        );
      }
      assertQueueArn(endpoint);
      const settings = settingsFrom(attributes);
      const existing = subscriptionsOf(topicArn).find((subscription) => subscription.endpoint === endpoint);
      if (existing) {
        if (!sameSettings(existing.settings, attributes)) {
          throw invalidParameter('Attributes Reason: Subscription already exists with different attributes');
        }
        return existing;
      }
      const created: Subscription = { arn: newSubscriptionArn(topicArn), topicArn, protocol, endpoint, settings };
      subscriptions.set(created.arn, created);
      return created;
    },

    subscription(arn: string): Subscription {
      assertSubscriptionArn(arn);
      const found = subscriptions.get(arn);
      if (!found) throw subscriptionNotFound();
      return found;
    },

    /** Idempotent like DeleteTopic: an unknown subscription is no error. */
    unsubscribe(arn: string): void {
      assertSubscriptionArn(arn);
      subscriptions.delete(arn);
    },

    subscriptions: (): Subscription[] => [...subscriptions.values()],

    subscriptionsOf(topicArn: string): Subscription[] {
      topic(topicArn);
      return subscriptionsOf(topicArn);
    },
  };
};
