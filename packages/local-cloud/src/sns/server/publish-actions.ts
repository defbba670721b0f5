/**
 * Publish and PublishBatch to a topic (https://docs.aws.amazon.com/sns/latest/api/API_Publish.html,
 * https://docs.aws.amazon.com/sns/latest/api/API_PublishBatch.html). Publishing to a phone number
 * or a mobile endpoint is not served.
 */
import { randomUUID } from 'node:crypto';
import type { ActionTable } from './actions.js';
import type { FanOut } from './fan-out.js';
import type { Notification } from './notification.js';
import { assertBatchSize, batchEntriesOf } from './publish-batch-entries.js';
import { parsePublishedMessage, type PublishedMessage } from './published-message.js';
import type { QueryParams } from './query-params.js';
import type { Registry } from './registry.js';
import { invalidParameter, toSnsError } from './sns-error.js';
import { members } from './xml.js';

/** A topic's ARN as Publish takes it: `TopicArn`, or `TargetArn` naming a topic. */
const topicArnOf = (params: QueryParams): string => {
  if (params.get('PhoneNumber') !== undefined)
    throw invalidParameter('PhoneNumber Reason: SMS is not served by the local cloud');
  const arn = params.get('TopicArn') ?? params.get('TargetArn');
  if (arn === undefined) throw invalidParameter('TopicArn or TargetArn Reason: no value for required parameter');
  return arn;
};

const notificationOf = (message: PublishedMessage, topicArn: string): Notification => ({
  ...message,
  messageId: randomUUID(),
  topicArn,
  timestamp: new Date().toISOString(),
});

type EntryOutcome =
  { id: string; message: PublishedMessage; size: number } | { id: string; error: unknown; size: number };

export const publishActions = (registry: Registry, fanOut: FanOut): ActionTable => ({
  Publish: async (params) => {
    const topicArn = topicArnOf(params);
    const subscriptions = registry.subscriptionsOf(topicArn);
    const notification = notificationOf(parsePublishedMessage(params), topicArn);
    await fanOut(notification, subscriptions);
    return { MessageId: notification.messageId };
  },

  PublishBatch: async (params) => {
    const topicArn = params.require('TopicArn');
    const subscriptions = registry.subscriptionsOf(topicArn);
    const outcomes = batchEntriesOf(params).map(({ id, params: entry }): EntryOutcome => {
      try {
        const message = parsePublishedMessage(entry);
        return { id, message, size: message.size };
      } catch (error) {
        return { id, error, size: Buffer.byteLength(entry.get('Message') ?? '') };
      }
    });
    assertBatchSize(outcomes.map(({ size }) => size));

    const successful = [];
    const failed = [];
    // One entry after the other, so the queues receive them in the batch's order.
    for (const outcome of outcomes) {
      if ('error' in outcome) {
        const { code, message, fault } = toSnsError(outcome.error);
        failed.push({ Id: outcome.id, Code: code, Message: message, SenderFault: fault === 'Sender' });
        continue;
      }
      const notification = notificationOf(outcome.message, topicArn);
      await fanOut(notification, subscriptions);
      successful.push({ Id: outcome.id, MessageId: notification.messageId });
    }
    return { Successful: members(successful), Failed: members(failed) };
  },
});
