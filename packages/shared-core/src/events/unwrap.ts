import type { SQSRecord } from 'aws-lambda';
import { PoisonRecordError } from './errors.js';

export type Transport = 'sns' | 'sns-raw' | 'eventbridge';

export interface Unwrapped {
  transport: Transport;
  /** The candidate envelope, not yet validated. */
  envelope: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const parseJson = (text: string, what: string): unknown => {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new PoisonRecordError('INVALID_EVENT', `${what} is not JSON`, { cause: error });
  }
};

/**
 * Takes our envelope out of whatever an SQS record carries:
 * - an SNS notification (https://docs.aws.amazon.com/sns/latest/dg/sns-message-and-json-formats.html),
 *   whose `Message` is the envelope as a string;
 * - an SNS raw delivery or an EventBridge target with InputPath `$.detail`: the envelope itself;
 * - an EventBridge event (https://docs.aws.amazon.com/eventbridge/latest/ref/overiew-event-structure.html),
 *   whose `detail` is the envelope.
 */
export const unwrapRecord = (record: SQSRecord): Unwrapped => {
  const body = parseJson(record.body, 'SQS message body');
  if (!isObject(body)) throw new PoisonRecordError('INVALID_EVENT', 'SQS message body is not a JSON object');

  if (body['Type'] === 'Notification' && typeof body['Message'] === 'string' && 'TopicArn' in body) {
    return { transport: 'sns', envelope: parseJson(body['Message'], 'SNS Message') };
  }
  if (typeof body['detail-type'] === 'string' && isObject(body['detail']) && typeof body['source'] === 'string') {
    return { transport: 'eventbridge', envelope: body['detail'] };
  }
  return { transport: 'sns-raw', envelope: body };
};
