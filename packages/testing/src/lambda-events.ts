import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2, Context, SQSEvent, SQSRecord } from 'aws-lambda';
import type { EventEnvelope } from '@commerce/shared-core/events';

export const lambdaContext = {
  awsRequestId: 'aws-request-1',
  functionName: 'service-test',
  getRemainingTimeInMillis: () => 15_000,
} as Context;

/**
 * An API Gateway HTTP API (payload 2.0) request. With `routeKey`, as API Gateway sends it for a
 * declared route (path parameters resolved); without, as a `$default` route or an emulator does.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 */
export const httpRequest = (
  method: string,
  path: string,
  init: {
    body?: string;
    headers?: Record<string, string>;
    routeKey?: string;
    pathParameters?: Record<string, string>;
    query?: Record<string, string>;
  } = {},
): APIGatewayProxyEventV2 => ({
  version: '2.0',
  routeKey: init.routeKey ?? '$default',
  rawPath: path,
  rawQueryString: new URLSearchParams(init.query).toString(),
  ...(init.query && { queryStringParameters: init.query }),
  headers: { host: 'api.example.com', ...init.headers },
  ...(init.pathParameters && { pathParameters: init.pathParameters }),
  requestContext: {
    accountId: '123456789012',
    apiId: 'api-id',
    domainName: 'api.example.com',
    domainPrefix: 'api',
    http: { method, path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'jest' },
    requestId: randomUUID(),
    routeKey: init.routeKey ?? '$default',
    stage: '$default',
    time: '14/Mar/2025:09:26:53 +0000',
    timeEpoch: 1741944413000,
  },
  ...(init.body !== undefined && { body: init.body }),
  isBase64Encoded: false,
});

export const jsonRequest = (method: string, path: string, body: unknown) =>
  httpRequest(method, path, { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

const sqsRecord = (body: string, receiveCount = 1): SQSRecord => {
  const messageId = randomUUID();
  return {
    messageId,
    receiptHandle: `handle-${messageId}`,
    body,
    attributes: {
      ApproximateReceiveCount: String(receiveCount),
      SentTimestamp: '1741944413000',
      SenderId: 'AIDAEXAMPLE',
      ApproximateFirstReceiveTimestamp: '1741944413001',
    },
    messageAttributes: {},
    md5OfBody: 'not-checked',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:service-test-queue',
    awsRegion: 'us-east-1',
  };
};

/**
 * How an SNS message reaches an SQS queue: as SNS's JSON notification document (the default, which
 * the services' subscriptions use), or as the message itself with RawMessageDelivery.
 * https://docs.aws.amazon.com/sns/latest/dg/sns-sqs-as-subscriber.html
 */
export const snsDeliveries = {
  notification: (event: EventEnvelope, receiveCount = 1): SQSRecord =>
    sqsRecord(
      JSON.stringify({
        Type: 'Notification',
        MessageId: randomUUID(),
        TopicArn: `arn:aws:sns:us-east-1:123456789012:${event.source}-test-events`,
        Message: JSON.stringify(event),
        Timestamp: event.time,
        SignatureVersion: '1',
        Signature: 'EXAMPLE',
        SigningCertURL: 'https://sns.us-east-1.amazonaws.com/cert.pem',
        UnsubscribeURL: 'https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe',
        MessageAttributes: {
          type: { Type: 'String', Value: event.type },
          version: { Type: 'Number', Value: String(event.version) },
        },
      }),
      receiveCount,
    ),
  raw: (event: EventEnvelope, receiveCount = 1): SQSRecord => sqsRecord(JSON.stringify(event), receiveCount),
};

/**
 * How an event put on EventBridge reaches an SQS queue a rule targets: the whole EventBridge event,
 * our envelope as its `detail`, `source` `commerce.<service>` and `detail-type` the event type.
 * https://docs.aws.amazon.com/eventbridge/latest/ref/overiew-event-structure.html
 */
export const eventBridgeDelivery = (event: EventEnvelope, receiveCount = 1): SQSRecord =>
  sqsRecord(
    JSON.stringify({
      version: '0',
      id: randomUUID(),
      'detail-type': event.type,
      source: `commerce.${event.source}`,
      account: '123456789012',
      time: event.time.replace(/\.\d{3}Z$/, 'Z'),
      region: 'us-east-1',
      resources: [],
      detail: event,
    }),
    receiveCount,
  );

/** Every way an event reaches a service's queue: through SNS (both forms) or an EventBridge rule. */
export const allDeliveries = { ...snsDeliveries, eventBridge: eventBridgeDelivery };

export const sqsBatch = (...records: SQSRecord[]): SQSEvent => ({ Records: records });

export const textRecord = (body: string): SQSRecord => sqsRecord(body);
