import type { EventEnvelope } from '@commerce/shared-core/events';
import { textRecord } from '@commerce/testing';
import type { SQSRecord } from 'aws-lambda';

/**
 * How an event on platform's bus reaches an SQS queue through a rule target without InputPath: the
 * whole EventBridge event, whose `detail` is our envelope (shared-core's EventBridge publisher puts
 * `Source` commerce.<service> and `DetailType` the type).
 * https://docs.aws.amazon.com/eventbridge/latest/ref/overiew-event-structure.html
 * Kept here until @commerce/testing has an EventBridge counterpart of `snsDeliveries`.
 */
export const eventBridgeDelivery = (event: EventEnvelope): SQSRecord =>
  textRecord(
    JSON.stringify({
      version: '0',
      id: `eb-${event.id}`,
      'detail-type': event.type,
      source: `commerce.${event.source}`,
      account: '123456789012',
      time: event.time,
      region: 'us-east-1',
      resources: [],
      detail: event,
    }),
  );
