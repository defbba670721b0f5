import type { SagaSystem } from '../e2e/saga-system.js';
import { STOCK } from './workload.js';

const byType = (types: readonly string[]) => [...types].sort();

/**
 * What the saga left behind for the workload's orders, in every service, with only what may
 * legitimately differ from one run to the next left out: event, payment and notification ids,
 * provider references, correlation ids, times and latencies. Orders are named by their workload
 * label, so two runs compare line by line. Read once the system is quiet (every queue drained).
 */
export const finalState = async (saga: SagaSystem, orderIds: ReadonlyMap<string, string>) => {
  const orders: Record<string, unknown> = {};
  for (const [label, orderId] of orderIds) {
    const order = await saga.settledOrder(orderId, 180_000);
    const payment = await saga.payment(orderId);
    const { body: told } = await saga.notifications(orderId);
    const { body: trace } = await saga.trace(order.correlationId);
    orders[label] = {
      status: order.status,
      reason: order.reason ?? null,
      total: order.total ?? null,
      currency: order.currency ?? null,
      items: order.items,
      timeline: byType(order.timeline.map((entry) => entry.type)),
      payment:
        payment.status === 404
          ? 'none'
          : {
              status: payment.body.status,
              reason: payment.body.reason ?? null,
              amount: payment.body.amount,
              attempts: payment.body.attempts.map((attempt) => attempt.outcome),
            },
      notifications: told.notifications.map(({ template, status }) => `${template} ${status}`).sort(),
      mailbox: saga.mailboxOf(orderId).map((message) => message.template),
      trace: byType(trace.events.map((event) => event.type)),
    };
  }
  const stock = Object.fromEntries(
    await Promise.all(
      STOCK.map(async ({ sku }) => {
        const { available, reserved, price } = await saga.stock(sku);
        return [sku, { available, reserved, price }] as const;
      }),
    ),
  );
  const { orders: counted, revenue, cancellations, eventsByType } = await saga.analytics();
  return { orders, stock, analytics: { orders: counted, revenue, cancellations, eventsByType } };
};

export type FinalState = Awaited<ReturnType<typeof finalState>>;

/**
 * Every path at which two JSON values differ, `orders.order-07 ….payment.attempts[2]: "SUCCEEDED"
 * vs "TRANSIENT_ERROR"`, so a mismatch reads at a glance and can be counted.
 */
export const differences = (expected: unknown, actual: unknown, path = ''): string[] => {
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
  if (isObject(expected) && isObject(actual) && Array.isArray(expected) === Array.isArray(actual)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
    return keys.flatMap((key) =>
      differences(expected[key], actual[key], Array.isArray(expected) ? `${path}[${key}]` : `${path}.${key}`),
    );
  }
  return JSON.stringify(expected) === JSON.stringify(actual)
    ? []
    : [`${path || '(root)'}: ${JSON.stringify(expected)} vs ${JSON.stringify(actual)}`];
};
