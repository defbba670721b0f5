import type { APIGatewayProxyEventV2, Context, SQSEvent, SQSRecord } from 'aws-lambda';
import type { EventEnvelope } from '../../src/events/index.js';

/** An API Gateway HTTP API payload v2 event, as documented for Lambda proxy integrations. */
export const httpEvent = (
  method: string,
  path: string,
  init: {
    body?: string;
    headers?: Record<string, string>;
    query?: Record<string, string>;
    routeKey?: string;
    pathParameters?: Record<string, string>;
  } = {},
): APIGatewayProxyEventV2 => ({
  version: '2.0',
  routeKey: init.routeKey ?? '$default',
  rawPath: path,
  rawQueryString: new URLSearchParams(init.query ?? {}).toString(),
  headers: { host: 'api.example.com', ...(init.headers ?? {}) },
  ...(init.query ? { queryStringParameters: init.query } : {}),
  ...(init.pathParameters ? { pathParameters: init.pathParameters } : {}),
  requestContext: {
    accountId: '123456789012',
    apiId: 'api-id',
    domainName: 'api.example.com',
    domainPrefix: 'api',
    http: { method, path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'jest' },
    requestId: 'req-1',
    routeKey: init.routeKey ?? '$default',
    stage: '$default',
    time: '22/Nov/2026:10:00:00 +0000',
    timeEpoch: 1795341600000,
  },
  ...(init.body === undefined ? {} : { body: init.body }),
  isBase64Encoded: false,
});

export const lambdaContext = { awsRequestId: 'aws-req-1', functionName: 'fn' } as Context;

export const envelope = (overrides: Partial<EventEnvelope> = {}): EventEnvelope => ({
  id: '0b7f3c1e-4a55-4c1a-9f0e-5d7e2b1c9a10',
  type: 'OrderPlaced',
  version: 1,
  source: 'orders',
  time: '2026-11-22T10:00:00.000Z',
  correlationId: 'c0ffee00-0000-4000-8000-000000000001',
  causationId: 'c0ffee00-0000-4000-8000-000000000001',
  data: { orderId: 'o-1', quantity: 2 },
  ...overrides,
});

const sqsRecord = (messageId: string, body: string, receiveCount = 1): SQSRecord => ({
  messageId,
  receiptHandle: `handle-${messageId}`,
  body,
  attributes: {
    ApproximateReceiveCount: String(receiveCount),
    SentTimestamp: '1795341600000',
    SenderId: 'AIDAEXAMPLE',
    ApproximateFirstReceiveTimestamp: '1795341600001',
  },
  messageAttributes: {},
  md5OfBody: 'ignored',
  eventSource: 'aws:sqs',
  eventSourceARN: 'arn:aws:sqs:eu-west-1:123456789012:inventory-order-placed',
  awsRegion: 'eu-west-1',
});

/** SNS -> SQS without raw delivery: the SNS JSON notification document is the SQS body. */
export const snsRecord = (messageId: string, event: unknown): SQSRecord =>
  sqsRecord(
    messageId,
    JSON.stringify({
      Type: 'Notification',
      MessageId: `sns-${messageId}`,
      TopicArn: 'arn:aws:sns:eu-west-1:123456789012:orders-events',
      Message: JSON.stringify(event),
      Timestamp: '2026-11-22T10:00:00.000Z',
      SignatureVersion: '1',
      Signature: 'EXAMPLE',
      SigningCertURL: 'https://sns.eu-west-1.amazonaws.com/cert.pem',
      UnsubscribeURL: 'https://sns.eu-west-1.amazonaws.com/?Action=Unsubscribe',
      MessageAttributes: { type: { Type: 'String', Value: 'OrderPlaced' }, version: { Type: 'Number', Value: '1' } },
    }),
  );

/** SNS -> SQS with RawMessageDelivery: the message itself is the SQS body. */
export const rawRecord = (messageId: string, event: unknown): SQSRecord => sqsRecord(messageId, JSON.stringify(event));

/** EventBridge rule -> SQS target: the whole EventBridge event is the SQS body. */
export const eventBridgeRecord = (messageId: string, event: EventEnvelope): SQSRecord =>
  sqsRecord(
    messageId,
    JSON.stringify({
      version: '0',
      id: `eb-${messageId}`,
      'detail-type': event.type,
      source: `commerce.${event.source}`,
      account: '123456789012',
      time: event.time,
      region: 'eu-west-1',
      resources: [],
      detail: event,
    }),
  );

export const withReceiveCount = (record: SQSRecord, count: number): SQSRecord => ({
  ...record,
  attributes: { ...record.attributes, ApproximateReceiveCount: String(count) },
});

export const sqsEvent = (...records: SQSRecord[]): SQSEvent => ({ Records: records });
