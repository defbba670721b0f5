import type { MeteredRequests } from '@commerce/local-cloud/testing';
import { orderUsage } from '../scripts/cost/counts.js';
import { withDirectTargets } from '../scripts/cost/pricing.js';

const metered = (service: string, action: string, caller: string, requests: number, entries = requests) =>
  ({ service, action, caller, requests, entries, chunks: requests, maxBodyBytes: 500 }) satisfies MeteredRequests;

// Two orders: each publishes once to SNS (delivered to 2 queues) and puts 1 event (delivered to 1
// queue); the pollers receive 5 times, 3 of them returning the messages, and delete 3 batches.
const rows = [
  metered('sns', 'Publish', 'client', 2),
  metered('sqs', 'SendMessage', 'sns', 4),
  metered('events', 'PutEvents', 'client', 2),
  metered('sqs', 'SendMessage', 'events', 2),
  metered('sqs', 'ReceiveMessage', 'lambda', 5),
  metered('sqs', 'DeleteMessageBatch', 'lambda', 3),
  metered('dynamodb', 'PutItem', 'client', 4),
  metered('dynamodb', 'TransactWriteItems', 'client', 1, 3),
  metered('dynamodb', 'GetItem', 'client', 2),
];
const invocations = [
  { service: 'orders', functionKey: 'router', durationMs: 99, billedMs: 100 },
  { service: 'orders', functionKey: 'router', durationMs: 99, billedMs: 100 },
  { service: 'inventory', functionKey: 'reserveStock', durationMs: 199, billedMs: 200 },
  { service: 'analytics', functionKey: 'recordEvent', durationMs: 199, billedMs: 200 },
  { service: 'platform', functionKey: 'audit', durationMs: 199, billedMs: 200 },
];
const memory = new Map([['orders/router', 1024]]);

describe('the usage of one order, from what the edge and sls offline counted', () => {
  const { usage, queued, emptyReceives } = orderUsage({ orders: 2, rows, invocations }, memory, [100, 2000]);

  it('bills the deliverers’ sends, the receives that returned messages and the deletes as SQS requests', () => {
    expect(usage.sqsRequest).toBe((4 + 2 + 3 + 3) / 2);
    expect(emptyReceives).toBe(1);
  });

  it('counts publishes, events and deliveries per order', () => {
    expect(usage).toMatchObject({ snsRequest: 1, eventBridgeEvent: 1, snsDeliveryToSqsOrLambda: 2 });
    expect(queued).toMatchObject({ messagesDelivered: 3, receiverInvocations: 1.5 });
  });

  it('prices GB-s at each function’s memory, 128 MB where none is known', () => {
    expect(usage.lambdaArmGbSecond).toBeCloseTo((2 * 0.1 * 1 + 3 * 0.2 * 0.125) / 2, 9);
    expect(usage.apiGatewayHttpRequest).toBe(1);
  });

  it('estimates DynamoDB units at the mean item, transactions at two per item', () => {
    const meanWrite = (1 + 2) / 2;
    expect(usage.dynamoDbWriteUnit).toBeCloseTo((4 * meanWrite + 3 * meanWrite * 2) / 2, 9);
    expect(usage.dynamoDbReadUnit).toBe(1);
  });

  it('with direct targets invokes once per delivered message and makes no SQS requests', () => {
    expect(withDirectTargets(usage, queued)).toMatchObject({ sqsRequest: 0, lambdaRequest: 1 + 3 });
  });
});
