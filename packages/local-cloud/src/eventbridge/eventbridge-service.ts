/**
 * EventBridge for the local cloud: buses matched by exact name or ARN, rules with the full event
 * pattern syntax (./event-pattern.ts), SQS targets with Input or InputPath, and PutEvents with
 * per-entry errors, spoken over awsJson1_1 so `@aws-sdk/client-eventbridge` works unchanged.
 * Not served, and refused when asked for: scheduled rules, targets other than SQS queues, input
 * transformers, archives and replays (deployed stages only).
 */
import type { ServiceFactory } from '../edge/emulated-service.js';
import { createQueueDelivery } from '../sqs/queue-delivery.js';
import { busActions } from './bus/bus-actions.js';
import { createJsonHandler } from './bus/json-protocol.js';
import { putEventsAction } from './bus/put-events.js';
import { createRegistry } from './bus/registry.js';
import { ruleActions } from './bus/rule-actions.js';

export const createEventBridgeService: ServiceFactory = (context) => {
  const registry = createRegistry(context);
  const queues = createQueueDelivery(context);
  return {
    handle: createJsonHandler({
      ...busActions(registry),
      ...ruleActions(registry),
      PutEvents: putEventsAction(registry, queues, context),
    }),
    stop: () => queues.stop(),
  };
};
