import { LambdaClient } from '@aws-sdk/client-lambda';
import { SQSClient } from '@aws-sdk/client-sqs';
import { EventSourceMappingError } from '../../src/lambda/event-source-mapping-error.js';
import { startEventSourceMapping, type EventSourceMappingOptions } from '../../src/lambda/event-source-mapping.js';

// The limits of https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html, checked
// before anything is polled, so these tests never touch the network.
describe('starting an event source mapping with settings AWS would refuse', () => {
  const sqs = new SQSClient({ region: 'us-east-1' });
  const lambda = new LambdaClient({ endpoint: 'http://127.0.0.1:9', region: 'us-east-1' });
  const options: EventSourceMappingOptions = {
    queueArn: 'arn:aws:sqs:us-east-1:000000000000:orders-dev-queue',
    queueUrl: 'http://127.0.0.1:9/000000000000/orders-dev-queue',
    functionName: 'orders-dev-receiver',
    sqs,
    lambda,
    reportBatchItemFailures: false,
    region: 'us-east-1',
  };

  afterAll(() => {
    sqs.destroy();
    lambda.destroy();
  });

  it.each<[string, Partial<EventSourceMappingOptions>, RegExp]>([
    ['a batch size of 0', { batchSize: 0 }, /BatchSize must be an integer from 1 to 10000, not 0/],
    ['a batch size above 10000', { batchSize: 10_001 }, /not 10001/],
    ['a batch size above 10 without a window', { batchSize: 11 }, /needs MaximumBatchingWindowInSeconds of at least 1/],
    ['a window above 300 s', { maximumBatchingWindowInSeconds: 301 }, /from 0 to 300, not 301/],
    ['a concurrency of 0', { concurrency: 0 }, /concurrency must be an integer/],
    ['a Lambda client without an endpoint', { lambda: new LambdaClient({ region: 'us-east-1' }) }, /needs an endpoint/],
  ])('refuses %s', (_case, overrides, message) => {
    const start = () => startEventSourceMapping({ ...options, ...overrides });

    expect(start).toThrow(EventSourceMappingError);
    expect(start).toThrow(message);
  });
});
