/**
 * What one SQS subscription receives for a notification: the envelope, or with raw message
 * delivery the message itself with the SNS attributes as SQS message attributes
 * (https://docs.aws.amazon.com/sns/latest/dg/sns-large-payload-raw-message-delivery.html).
 *
 * Raw attributes keep their data type: `String`, `Number` and `Binary` are SQS types too, and
 * `String.Array` (or any `Type.label`) is a String with a custom label to SQS, so a consumer reads
 * the JSON array text back under the same type. SQS takes at most 10 attributes, and AWS discards
 * "messages with more than 10 message attributes directed towards Raw Message Delivery enabled
 * Amazon SQS subscriptions ... as client side errors"
 * (https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html); so does this.
 */
import type { MessageAttributeValue } from '@aws-sdk/client-sqs';
import type { QueueMessage } from '../../sqs/queue-delivery.js';
import { envelopeOf } from './envelope.js';
import type { PublishedAttributes } from './message-attributes.js';
import type { Notification } from './notification.js';
import type { Subscription } from './registry.js';

export const MAX_RAW_ATTRIBUTES = 10;

const sqsAttributes = (attributes: PublishedAttributes): Record<string, MessageAttributeValue> =>
  Object.fromEntries(
    Object.entries(attributes).map(([name, { DataType, StringValue, BinaryValue }]) => [
      name,
      BinaryValue ? { DataType, BinaryValue } : { DataType, StringValue },
    ]),
  );

export type QueueMessageOutcome = { message: QueueMessage } | { discarded: string };

export const queueMessageFor = (
  notification: Notification,
  subscription: Subscription,
  edgeUrl: string,
): QueueMessageOutcome => {
  if (!subscription.settings.rawMessageDelivery) {
    return { message: { body: envelopeOf(notification, subscription.arn, edgeUrl) } };
  }
  const attributes = notification.deliveredAttributes;
  const count = Object.keys(attributes).length;
  if (count > MAX_RAW_ATTRIBUTES) {
    return { discarded: `${count} message attributes; raw delivery to SQS carries at most ${MAX_RAW_ATTRIBUTES}` };
  }
  return {
    message: { body: notification.sqsMessage, ...(count > 0 ? { attributes: sqsAttributes(attributes) } : {}) },
  };
};
