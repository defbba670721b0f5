/**
 * The JSON document SNS delivers to an SQS subscription without raw message delivery, field for
 * field as https://docs.aws.amazon.com/sns/latest/dg/sns-message-and-json-formats.html#http-notification-json
 * lists them, `MessageAttributes` added when the message has any (`Binary` values base64-encoded).
 */
import type { PublishedAttributes } from './message-attributes.js';
import type { Notification } from './notification.js';

/**
 * Not a signature: nothing signs locally, and no certificate would verify it. A consumer that
 * verifies SNS signatures must skip that step against the local cloud.
 */
const UNSIGNED = Buffer.from('local-cloud: this notification is not signed').toString('base64');

const envelopeAttributes = (attributes: PublishedAttributes) =>
  Object.fromEntries(
    Object.entries(attributes).map(([name, { DataType, StringValue, BinaryValue }]) => [
      name,
      { Type: DataType, Value: BinaryValue ? BinaryValue.toString('base64') : StringValue },
    ]),
  );

/**
 * The envelope's body. The URLs point at the local edge rather than at AWS, so nothing a consumer
 * follows leaves the machine; the edge routes by signature, so it answers an unsigned GET of them
 * with a 501 rather than unsubscribing.
 */
export const envelopeOf = (notification: Notification, subscriptionArn: string, edgeUrl: string): string => {
  const { messageId, topicArn, subject, sqsMessage, timestamp, deliveredAttributes } = notification;
  const hasAttributes = Object.keys(deliveredAttributes).length > 0;
  return JSON.stringify(
    {
      Type: 'Notification',
      MessageId: messageId,
      TopicArn: topicArn,
      ...(subject === undefined ? {} : { Subject: subject }),
      Message: sqsMessage,
      Timestamp: timestamp,
      SignatureVersion: '1',
      Signature: UNSIGNED,
      SigningCertURL: `${edgeUrl}/SimpleNotificationService-local.pem`,
      UnsubscribeURL: `${edgeUrl}/?Action=Unsubscribe&SubscriptionArn=${encodeURIComponent(subscriptionArn)}`,
      ...(hasAttributes ? { MessageAttributes: envelopeAttributes(deliveredAttributes) } : {}),
    },
    null,
    2,
  );
};
