import type { PublishedMessage } from './published-message.js';

/** One accepted message on its way to the topic's subscriptions. */
export interface Notification extends PublishedMessage {
  readonly messageId: string;
  readonly topicArn: string;
  /** When SNS accepted it, ISO 8601 with milliseconds, as in the envelope's `Timestamp`. */
  readonly timestamp: string;
}
