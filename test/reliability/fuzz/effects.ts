import { GetItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { EventEnvelope } from '@commerce/shared-core/events';
import type { SagaSystem } from '../../e2e/saga-system.js';

type EffectCheck = (event: EventEnvelope) => Promise<boolean>;

/**
 * How to see that the receivers whose valid records are fresh events handled them: notifications
 * lists the message it sent about the order, platform's trace holds the event, and analytics has
 * marked the event id seen (its counters are sums, so its own table is the only place one event
 * shows; its item `seen#<event id>`, store/metrics-table.ts).
 */
export const effectChecks = (saga: SagaSystem, dynamo: DynamoDBClient) => {
  const checks: Record<string, EffectCheck> = {
    'notify-customer': async (event) => {
      const { orderId } = event.data as { orderId: string };
      return (await saga.notifications(orderId)).body.notifications.length > 0;
    },
    audit: async (event) =>
      (await saga.trace(event.correlationId)).body.events.some(({ eventId }) => eventId === event.id),
    'record-event': async (event) => {
      const { Item } = await dynamo.send(
        new GetItemCommand({
          TableName: 'analytics-local-metrics',
          Key: { pk: { S: `seen#${event.id}` } },
          ConsistentRead: true,
        }),
      );
      return Item !== undefined;
    },
  };
  /** Whether the receiver took the event in; only receivers whose valid records are fresh events have a check. */
  return (receiver: string, event: EventEnvelope): Promise<boolean> => {
    const check = checks[receiver];
    if (!check) throw new Error(`No way to see what ${receiver} did with an event`);
    return check(event);
  };
};
