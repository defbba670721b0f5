/**
 * One saga outcome's counts (what the edge metered and `sls offline` reported while its orders ran)
 * turned into the billable usage of one order.
 */
import type { MeteredRequests } from '@commerce/local-cloud/testing';
import { dynamoDbUnits } from './dynamodb-units.js';
import { isRouter, type Invocation } from './invocations.js';
import { gbSecondsOf, type QueuedDelivery, type Usage } from './pricing.js';

export interface PhaseCounts {
  readonly orders: number;
  readonly rows: readonly MeteredRequests[];
  readonly invocations: readonly Invocation[];
}

export interface OrderUsage {
  readonly usage: Usage;
  readonly queued: QueuedDelivery;
  /** Raw per-order counts for the report's table, by name. */
  readonly counts: Readonly<Record<string, number>>;
  /** ReceiveMessage calls that found nothing, per order: local 2 s polls, reported but not priced. */
  readonly emptyReceives: number;
  readonly uncertain: readonly string[];
}

const sum = (rows: readonly MeteredRequests[], pick: (row: MeteredRequests) => number) =>
  rows.reduce((total, row) => total + pick(row), 0);

export const orderUsage = (
  { orders, rows, invocations }: PhaseCounts,
  memoryMb: ReadonlyMap<string, number>,
  itemSizes: readonly number[],
): OrderUsage => {
  const of = (service: string, action?: string, caller?: string) =>
    rows.filter(
      (row) =>
        row.service === service &&
        (action === undefined || row.action === action) &&
        (caller === undefined || row.caller === caller),
    );
  const receivers = invocations.filter((invocation) => !isRouter(invocation));
  const gbSecondsOfAll = (some: readonly Invocation[]) =>
    some.reduce(
      (total, { service, functionKey, billedMs }) =>
        total + gbSecondsOf(billedMs, memoryMb.get(`${service}/${functionKey}`) ?? 128),
      0,
    );
  const gbSeconds = gbSecondsOfAll(invocations);
  const snsDeliveries = sum(of('sqs', 'SendMessage', 'sns'), (row) => row.requests);
  const eventDeliveries = sum(of('sqs', 'SendMessage', 'events'), (row) => row.requests);
  // Every poller receive that returned messages became one invocation (no batching window, no chaos).
  const receives = sum(of('sqs', 'ReceiveMessage', 'lambda'), (row) => row.requests);
  const fullReceives = Math.min(receives, receivers.length);
  const deletes = sum(of('sqs', 'DeleteMessageBatch', 'lambda'), (row) => row.chunks);
  const visibility = sum(of('sqs', 'ChangeMessageVisibility'), (row) => row.chunks);
  const otherSqs = sum(
    rows.filter((row) => row.service === 'sqs' && row.caller === 'client'),
    (row) => row.chunks,
  );
  const sqsBillable =
    sum(of('sqs', 'SendMessage', 'sns'), (row) => row.chunks) +
    sum(of('sqs', 'SendMessage', 'events'), (row) => row.chunks) +
    fullReceives +
    deletes +
    visibility +
    otherSqs;
  const units = dynamoDbUnits(of('dynamodb', undefined, 'client'), itemSizes);
  const per = (value: number) => value / orders;
  const counts = {
    'Lambda invocations (HTTP API)': per(invocations.length - receivers.length),
    'Lambda invocations (receivers)': per(receivers.length),
    'Lambda GB-s (measured billed ms × memory)': per(gbSeconds),
    'SNS publish requests (Publish + PublishBatch)': per(
      sum(of('sns', 'Publish', 'client'), (r) => r.chunks) + sum(of('sns', 'PublishBatch', 'client'), (r) => r.chunks),
    ),
    'SNS deliveries to SQS': per(snsDeliveries),
    'EventBridge events (PutEvents entries)': per(sum(of('events', 'PutEvents', 'client'), (row) => row.entries)),
    'EventBridge PutEvents calls': per(sum(of('events', 'PutEvents', 'client'), (row) => row.requests)),
    'EventBridge deliveries to SQS': per(eventDeliveries),
    'SQS SendMessage (by SNS / EventBridge)': per(snsDeliveries + eventDeliveries),
    'SQS ReceiveMessage returning messages': per(fullReceives),
    'SQS DeleteMessageBatch': per(deletes),
    'SQS ChangeMessageVisibility': per(visibility),
    'SQS requests by services themselves': per(otherSqs),
    'DynamoDB read units (strong)': per(units.readUnits),
    'DynamoDB write units': per(units.writeUnits),
  };
  return {
    usage: {
      lambdaRequest: per(invocations.length),
      lambdaArmGbSecond: per(gbSeconds),
      apiGatewayHttpRequest: per(invocations.length - receivers.length),
      snsRequest: counts['SNS publish requests (Publish + PublishBatch)'],
      snsDeliveryToSqsOrLambda: per(snsDeliveries),
      eventBridgeEvent: counts['EventBridge events (PutEvents entries)'],
      sqsRequest: per(sqsBillable),
      dynamoDbReadUnit: per(units.readUnits),
      dynamoDbWriteUnit: per(units.writeUnits),
    },
    queued: {
      messagesDelivered: per(snsDeliveries + eventDeliveries),
      pollerRequests: per(fullReceives + deletes + visibility),
      receiverInvocations: per(receivers.length),
      receiverGbSeconds: per(gbSecondsOfAll(receivers)),
    },
    counts,
    emptyReceives: per(receives - fullReceives),
    uncertain: units.uncertain,
  };
};
