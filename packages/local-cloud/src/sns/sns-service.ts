/**
 * SNS for the local cloud: topics, SQS subscriptions with filter policies, Publish and PublishBatch,
 * spoken over awsQuery so `@aws-sdk/client-sns` works unchanged. Delivery goes through the edge's
 * own SQS, so a delivered message is stored and redriven like any other.
 * What is served and how it differs from AWS: see the headers of ./server/*.ts and the README.
 */
import type { ServiceFactory } from '../edge/emulated-service.js';
import { createQueueDelivery } from '../sqs/queue-delivery.js';
import { createFanOut } from './server/fan-out.js';
import { publishActions } from './server/publish-actions.js';
import { createQueryHandler } from './server/query-handler.js';
import { createRegistry } from './server/registry.js';
import { subscriptionActions } from './server/subscription-actions.js';
import { topicActions } from './server/topic-actions.js';

/**
 * Builds the SNS engine once the edge knows its URL.
 *
 * @example
 * const edge = await startEdge({ services: { sns: createSnsService } });
 * const sns = new SNSClient({ endpoint: edge.url });
 */
export const createSnsService: ServiceFactory = (context) => {
  const registry = createRegistry(context);
  const queues = createQueueDelivery(context, 'sns');
  const fanOut = createFanOut(queues, context.url);
  return {
    handle: createQueryHandler({
      ...topicActions(registry, context),
      ...subscriptionActions(registry, context),
      ...publishActions(registry, fanOut),
    }),
    stop: () => queues.stop(),
  };
};
