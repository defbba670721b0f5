/**
 * Topic attributes: the ones CreateTopic accepts are stored and echoed by GetTopicAttributes, but
 * change nothing locally (no KMS, no delivery retries to tune, no SMS or email display names).
 * FIFO topics are refused rather than served as standard ones, since ordering and deduplication
 * would silently differ. Names: https://docs.aws.amazon.com/sns/latest/api/API_CreateTopic.html
 */
import { invalidParameter } from './sns-error.js';

const ACCEPTED = new Set([
  'DeliveryPolicy',
  'DisplayName',
  'Policy',
  'SignatureVersion',
  'TracingConfig',
  'KmsMasterKeyId',
  'ArchivePolicy',
  'FifoTopic',
]);

export const assertTopicAttributes = (attributes: Readonly<Record<string, string>>): void => {
  for (const [name, value] of Object.entries(attributes)) {
    if (!ACCEPTED.has(name)) throw invalidParameter(`Attributes Reason: Unknown attribute ${name}`);
    if (name === 'FifoTopic' && value.toLowerCase() === 'true') {
      throw invalidParameter('Attributes Reason: FifoTopic: FIFO topics are not supported by the local cloud');
    }
  }
};

/** Whether CreateTopic on an existing name may return it: "Topic already exists with different attributes" otherwise. */
export const sameTopicAttributes = (
  existing: Readonly<Record<string, string>>,
  requested: Readonly<Record<string, string>>,
): boolean => Object.entries(requested).every(([name, value]) => (existing[name] ?? '') === value);

export interface TopicView {
  readonly arn: string;
  readonly accountId: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly confirmedSubscriptions: number;
}

/** The attributes GetTopicAttributes returns: AWS's computed ones, then those set on creation. */
export const topicAttributesOf = ({ arn, accountId, attributes, confirmedSubscriptions }: TopicView) => ({
  TopicArn: arn,
  Owner: accountId,
  DisplayName: '',
  // Every local SQS subscription is confirmed at once, so none is ever pending.
  SubscriptionsConfirmed: String(confirmedSubscriptions),
  SubscriptionsPending: '0',
  SubscriptionsDeleted: '0',
  ...attributes,
});
