import type { Message, MessageAttributeValue } from '@aws-sdk/client-sqs';

/**
 * The event Lambda's SQS poller invokes a function with, field for field as AWS sends it
 * (https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html): lower-camel record keys, system
 * attributes under `attributes`, message attributes in Lambda's own shape rather than SQS's.
 */
export interface SqsEvent {
  Records: SqsEventRecord[];
}

export interface SqsEventRecord {
  messageId: string;
  receiptHandle: string;
  body: string;
  /** ApproximateReceiveCount, SentTimestamp, SenderId, ApproximateFirstReceiveTimestamp, and the FIFO ones. */
  attributes: Record<string, string>;
  messageAttributes: Record<string, SqsEventMessageAttribute>;
  /** Real events carry it, `null` when the message has no attributes. */
  md5OfMessageAttributes: string | null;
  md5OfBody: string;
  eventSource: 'aws:sqs';
  eventSourceARN: string;
  awsRegion: string;
}

/** Binary values are base64 text; the list fields, which SQS reserves, are always present. */
export interface SqsEventMessageAttribute {
  stringValue?: string;
  binaryValue?: string;
  stringListValues: string[];
  binaryListValues: string[];
  dataType: string;
}

/** A message as ReceiveMessage returns it, with the two fields the poller cannot do without. */
export type ReceivedMessage = Message & { MessageId: string; ReceiptHandle: string };

export const isReceivedMessage = (message: Message): message is ReceivedMessage =>
  typeof message.MessageId === 'string' && typeof message.ReceiptHandle === 'string';

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

const toEventAttribute = (value: MessageAttributeValue): SqsEventMessageAttribute => ({
  ...(value.StringValue !== undefined && { stringValue: value.StringValue }),
  ...(value.BinaryValue !== undefined && { binaryValue: base64(value.BinaryValue) }),
  stringListValues: value.StringListValues ?? [],
  binaryListValues: (value.BinaryListValues ?? []).map(base64),
  dataType: value.DataType ?? 'String',
});

/** @internal */
export const toSqsEventRecord = (
  message: ReceivedMessage,
  source: { queueArn: string; region: string },
): SqsEventRecord => ({
  messageId: message.MessageId,
  receiptHandle: message.ReceiptHandle,
  body: message.Body ?? '',
  attributes: Object.fromEntries(
    Object.entries(message.Attributes ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ),
  messageAttributes: Object.fromEntries(
    Object.entries(message.MessageAttributes ?? {}).map(([name, value]) => [name, toEventAttribute(value)]),
  ),
  md5OfMessageAttributes: message.MD5OfMessageAttributes ?? null,
  md5OfBody: message.MD5OfBody ?? '',
  eventSource: 'aws:sqs',
  eventSourceARN: source.queueArn,
  awsRegion: source.region,
});
