/**
 * The message of a Publish call or a PublishBatch entry, validated as the Publish API reference
 * describes (https://docs.aws.amazon.com/sns/latest/api/API_Publish.html):
 * - `Message` is required and not empty; with its attributes at most 256 KiB (262,144 bytes),
 *   the default `MaximumMessageSize` (https://docs.aws.amazon.com/sns/latest/dg/large-message-payloads.html);
 * - `Subject` has no line breaks or control characters and is under 100 characters;
 * - with `MessageStructure=json`, `Message` is a JSON object with a string `default`, and an SQS
 *   subscription receives its `sqs` entry when that is a string, `default` otherwise.
 * The InvalidParameter messages are the ones AWS sends.
 */
import { parseMessageAttributes, sizeOfAttributes, type PublishedAttributes } from './message-attributes.js';
import type { QueryParams } from './query-params.js';
import { invalidParameter } from './sns-error.js';

export const MAX_MESSAGE_BYTES = 262_144;

export interface PublishedMessage {
  /** What an SQS subscription receives: `Message`, or its `sqs`/`default` entry for MessageStructure=json. */
  readonly sqsMessage: string;
  readonly subject: string | undefined;
  /** The attributes filter policies see. */
  readonly attributes: PublishedAttributes;
  /**
   * The attributes delivered: none for MessageStructure=json, because "message attributes are sent
   * only when the message structure is String, not JSON"
   * (https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html).
   */
  readonly deliveredAttributes: PublishedAttributes;
  /** Bytes counted against the size limits: the message and all parts of its attributes. */
  readonly size: number;
}

const isStringRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const messageForSqs = (message: string): string => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(message);
  } catch {
    parsed = undefined;
  }
  if (!isStringRecord(parsed)) throw invalidParameter('Message Structure - JSON message body failed to parse');
  const { default: fallback, sqs } = parsed;
  if (typeof fallback !== 'string') throw invalidParameter('Message Structure - No default entry in JSON message body');
  // "Keys ... must have simple JSON string values"; a non-string protocol entry is ignored.
  return typeof sqs === 'string' ? sqs : fallback;
};

const validSubject = (subject: string | undefined): string | undefined => {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what SNS refuses here
  if (subject !== undefined && (subject === '' || subject.length >= 100 || /[\u0000-\u001f\u007f]/.test(subject))) {
    throw invalidParameter('Subject');
  }
  return subject;
};

/** Reads and validates `Message`, `Subject`, `MessageStructure` and `MessageAttributes`. */
export const parsePublishedMessage = (params: QueryParams): PublishedMessage => {
  const message = params.require('Message');
  if (message === '') throw invalidParameter('Empty message');
  const attributes = parseMessageAttributes(params);
  const size = Buffer.byteLength(message) + sizeOfAttributes(attributes);
  if (size > MAX_MESSAGE_BYTES) throw invalidParameter('Message too long');

  const structure = params.get('MessageStructure');
  if (structure !== undefined && structure !== 'json') throw invalidParameter('MessageStructure');
  const isJson = structure === 'json';
  return {
    sqsMessage: isJson ? messageForSqs(message) : message,
    subject: validSubject(params.get('Subject')),
    attributes,
    deliveredAttributes: isJson ? {} : attributes,
    size,
  };
};
