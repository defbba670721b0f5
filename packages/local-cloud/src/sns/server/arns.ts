/**
 * The ARNs the engine reads and mints. Names follow the CreateTopic and CreateQueue rules
 * (https://docs.aws.amazon.com/sns/latest/api/API_CreateTopic.html: "uppercase and lowercase ASCII
 * letters, numbers, underscores, and hyphens, and must be between 1 and 256 characters long").
 */
import { randomUUID } from 'node:crypto';
import { invalidParameter } from './sns-error.js';

const TOPIC_NAME = /^[A-Za-z0-9_-]{1,256}$/;
const TOPIC_ARN = /^arn:aws[\w-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/;
const QUEUE_ARN = /^arn:aws[\w-]*:sqs:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,80}(\.fifo)?$/;

export interface ArnScope {
  readonly region: string;
  readonly accountId: string;
}

export const assertTopicName = (name: string): void => {
  if (name.endsWith('.fifo')) {
    throw invalidParameter('Topic Name Reason: FIFO topics are not supported by the local cloud');
  }
  if (!TOPIC_NAME.test(name)) throw invalidParameter('Topic Name');
};

export const topicArnOf = ({ region, accountId }: ArnScope, name: string): string =>
  `arn:aws:sns:${region}:${accountId}:${name}`;

/** A new subscription's ARN: its topic's ARN and a UUID, as AWS mints them. */
export const newSubscriptionArn = (topicArn: string): string => `${topicArn}:${randomUUID()}`;

/** A malformed ARN is an InvalidParameter; a well-formed one that names nothing is NotFound (the caller's call). */
export const assertTopicArn = (arn: string, parameter = 'TopicArn'): void => {
  if (!TOPIC_ARN.test(arn)) throw invalidParameter(parameter);
};

/** An SQS subscription's endpoint must be a queue ARN, not its URL. */
export const assertQueueArn = (endpoint: string): void => {
  if (!QUEUE_ARN.test(endpoint)) throw invalidParameter('SQS endpoint ARN');
};

const SUBSCRIPTION_ARN = /^arn:aws[\w-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}:[A-Za-z0-9-]+$/;

export const assertSubscriptionArn = (arn: string): void => {
  if (!SUBSCRIPTION_ARN.test(arn)) throw invalidParameter('SubscriptionArn');
};
