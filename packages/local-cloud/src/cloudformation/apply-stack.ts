import { createQueues } from './apply-queues.js';
import { createEventBuses, createRules } from './apply-events.js';
import { createSubscriptions, createTopics } from './apply-sns.js';
import { createTables } from './apply-tables.js';
import { StackApplyError } from './stack-errors.js';
import type { StackClients } from './stack-clients.js';
import type { EventSourceMappingPlan, StackPlan } from './stack-plan.js';

/**
 * Creates a planned stack's resources through the SDK against the local edge, in dependency
 * order: queues (dead-letter queues first), tables and their time to live, topics, buses, then
 * the subscriptions and rules that point at them. Idempotent: applying the same plan again, after
 * a service restart, creates nothing twice and fails on nothing that exists. Returns the event
 * source mappings for the runner to start (it owns their lifecycle, not the stack).
 *
 * @example
 * const mappings = await applyStack(plan, { sqs, dynamodb, sns, eventBridge });
 * for (const mapping of mappings.filter((m) => m.enabled)) await startEventSourceMapping({ ...mapping, sqs, lambda, region });
 */
export const applyStack = async (
  plan: StackPlan,
  clients: StackClients,
): Promise<readonly EventSourceMappingPlan[]> => {
  try {
    await createQueues(clients.sqs, plan.queues);
    await createTables(clients.dynamodb, plan.tables);
    await createTopics(clients.sns, plan.topics);
    await createEventBuses(clients.eventBridge, plan.eventBuses);
    await createSubscriptions(clients.sns, plan.subscriptions);
    await createRules(clients.eventBridge, plan.rules);
  } catch (error) {
    throw new StackApplyError(plan.stackName, `creating its local resources failed: ${String(error)}`, {
      cause: error,
    });
  }
  return plan.eventSourceMappings;
};
