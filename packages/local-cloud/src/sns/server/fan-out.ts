/**
 * Delivery of one notification to every subscription of its topic whose filter policy accepts it
 * (https://docs.aws.amazon.com/sns/latest/dg/sns-message-filtering.html).
 *
 * AWS delivers asynchronously and retries; here delivery completes before Publish answers, which is
 * stricter than AWS: a test that publishes and then receives (even without long polling) finds the
 * message, and messages published one after another reach a queue in that order. A failed delivery
 * (most often a queue that does not exist) never fails the Publish, as on AWS; it is written to
 * stderr once, naming the topic and the queue, and the message is dropped for that subscription.
 */
import { matchesMessageAttributes, matchesMessageBody } from '../filter-policy.js';
import type { QueueDelivery } from '../../sqs/queue-delivery.js';
import type { Notification } from './notification.js';
import { queueMessageFor } from './queue-message.js';
import type { Subscription } from './registry.js';

export type FanOut = (notification: Notification, subscriptions: readonly Subscription[]) => Promise<void>;

const accepts = ({ settings: { filterPolicy } }: Subscription, notification: Notification): boolean => {
  if (!filterPolicy) return true;
  return filterPolicy.scope === 'MessageBody'
    ? matchesMessageBody(filterPolicy, notification.sqsMessage)
    : matchesMessageAttributes(filterPolicy, notification.attributes);
};

const reportFailure = (notification: Notification, subscription: Subscription, reason: string): void => {
  // process.stderr at call time (not a captured reference), so a test can watch what is reported.
  process.stderr.write(
    `local-cloud sns: message ${notification.messageId} from topic ${notification.topicArn} ` +
      `was not delivered to queue ${subscription.endpoint}: ${reason}\n`,
  );
};

export const createFanOut =
  (queues: QueueDelivery, edgeUrl: string): FanOut =>
  async (notification, subscriptions) => {
    await Promise.all(
      subscriptions
        .filter((subscription) => accepts(subscription, notification))
        .map(async (subscription) => {
          const outcome = queueMessageFor(notification, subscription, edgeUrl);
          if ('discarded' in outcome) return reportFailure(notification, subscription, outcome.discarded);
          try {
            await queues.send(subscription.endpoint, outcome.message);
          } catch (error) {
            reportFailure(notification, subscription, error instanceof Error ? error.message : String(error));
          }
        }),
    );
  };
