/**
 * EventBridge for the local cloud: buses matched by exact name or ARN, rules with the full event
 * pattern syntax (./event-pattern.ts), SQS targets with Input or InputPath, and PutEvents with
 * AWS's per-entry errors and size rules, spoken over awsJson1_1 so `@aws-sdk/client-eventbridge`
 * works unchanged. Delivery goes through the edge's own SQS, so a delivered message is stored and
 * redriven like any other.
 * What is served and how it differs from AWS: see the headers of ./server/*.ts and the README.
 */
import type { ServiceFactory } from '../edge/emulated-service.js';
import { createQueueDelivery } from '../sqs/queue-delivery.js';
import { busActions } from './server/bus-actions.js';
import { createEventDelivery } from './server/event-delivery.js';
import { createJsonHandler } from './server/json-handler.js';
import { putEventsAction } from './server/put-events-action.js';
import { createRegistry } from './server/registry.js';
import { ruleActions } from './server/rule-actions.js';
import { targetActions } from './server/target-actions.js';

/**
 * Builds the EventBridge engine once the edge knows its URL; its SigV4 signing name is `events`.
 *
 * @example
 * const edge = await startEdge({ services: { events: createEventBridgeService } });
 * const events = new EventBridgeClient({ endpoint: edge.url });
 */
export const createEventBridgeService: ServiceFactory = (context) => {
  const registry = createRegistry(context);
  const queues = createQueueDelivery(context, 'events');
  return {
    handle: createJsonHandler({
      ...busActions(registry),
      ...ruleActions(registry),
      ...targetActions(registry),
      PutEvents: putEventsAction(registry, createEventDelivery(queues), context),
    }),
    stop: () => queues.stop(),
  };
};
