import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { LOCAL_ACCOUNT_ID, LOCAL_REGION } from '@commerce/local-cloud/testing';
import type { EventEnvelope } from '@commerce/shared-core/events';
import { tapTopics } from '../../e2e/event-tap.js';
import type { SagaSystem } from '../../e2e/saga-system.js';
import { effectChecks } from './effects.js';
import { localClient } from './system.js';

/** Real orders beside the fuzz: valid traffic that must go through whatever else is in the queues. */
export const realOrders = (saga: SagaSystem) => {
  /** A SKU of the suite's own, stocked: no other order competes for it. */
  const stockedSku = async (available: number, price = 1250) => {
    const sku = `FUZZ-SAGA-${randomUUID().slice(0, 8).toUpperCase()}`;
    const { status } = await saga.setStock(sku, available, price);
    if (status !== 200) throw new Error(`Stocking ${sku} answered ${status}`);
    return sku;
  };

  /** An order placed as a customer places one; its id. */
  const placed = async (sku: string, quantity: number, paymentToken: string) => {
    const { status, body } = await saga.placeOrder({
      customerId: randomUUID(),
      items: [{ sku, quantity }],
      paymentToken,
    });
    if (status !== 202) throw new Error(`Placing an order answered ${status}: ${JSON.stringify(body)}`);
    return body.orderId;
  };

  return { stockedSku, placed };
};

export type SagaHandoff = 'OrderPlaced' | 'InventoryReserved' | 'PaymentSucceeded';
export type RealEvents = Record<'confirmed' | 'rejected', ReadonlyMap<SagaHandoff, EventEnvelope>>;

/**
 * Two orders taken to their end, one confirmed and one rejected for want of stock, and the
 * hand-offs they sent over the topics, as a subscriber of those topics saw them.
 */
export const handoffsOfTwoOrders = async (saga: SagaSystem): Promise<RealEvents> => {
  const topics = ['orders', 'inventory', 'payments'].map(
    (service) => `arn:aws:sns:${LOCAL_REGION}:${LOCAL_ACCOUNT_ID}:${service}-local-events`,
  );
  const tap = await tapTopics(saga.system.edge, topics);
  try {
    const { stockedSku, placed } = realOrders(saga);
    const sku = await stockedSku(5);
    const eventsOf = async (orderId: string, types: readonly SagaHandoff[]) => {
      await saga.settledOrder(orderId, 120_000);
      const events = new Map<SagaHandoff, EventEnvelope>();
      for (const type of types) {
        const [event] = await tap.events(({ envelope }) => envelope.type === type && envelope.data.orderId === orderId);
        events.set(type, event!.envelope as unknown as EventEnvelope);
      }
      return events;
    };
    return {
      confirmed: await eventsOf(await placed(sku, 1, 'tok_ok'), [
        'OrderPlaced',
        'InventoryReserved',
        'PaymentSucceeded',
      ]),
      rejected: await eventsOf(await placed(sku, 9, 'tok_ok'), ['OrderPlaced']),
    };
  } finally {
    await tap.stop();
  }
};

/**
 * Every receiver took the orders' events in: the customer was told, platform's trace holds events
 * from every service of the saga, and analytics counted each of them.
 */
export const expectSeenByEveryReceiver = async (
  saga: SagaSystem,
  orders: readonly { orderId: string; correlationId: string }[],
) => {
  const dynamo = new DynamoDBClient(localClient(saga.system.edge.url));
  const tookEffect = effectChecks(saga, dynamo);
  try {
    for (const { orderId, correlationId } of orders) {
      await saga.eventually(
        () => saga.notifications(orderId),
        ({ body }) => body.notifications.length === 1,
      );
      const { body } = await saga.eventually(
        () => saga.trace(correlationId),
        (trace) =>
          ['orders', 'inventory', 'payments', 'notifications'].every((service) =>
            trace.body.events.some((event) => event.service === service),
          ),
      );
      const uncounted = [];
      for (const { eventId, type } of body.events) {
        const seen = await saga
          .eventually(
            () => tookEffect('record-event', { id: eventId } as EventEnvelope),
            (yes) => yes,
            30_000,
          )
          .catch(() => false);
        if (!seen) uncounted.push(type);
      }
      expect({ orderId, uncounted }).toEqual({ orderId, uncounted: [] });
    }
  } finally {
    dynamo.destroy();
  }
};
