import type { SagaSystem } from '../../../test/e2e/saga-system.js';

/**
 * Knows when an order has ended from orders' own log (`order updated` with outcome `confirmed` or
 * `cancelled`), as it is written, so a closed-loop client can place its next order at once without
 * polling the API it is measuring. sls offline may drop a worker's log line on a busy machine, so
 * every wait also reads the order through the API, but only every few seconds.
 */
export const watchSettlements = () => {
  const ended = new Set<string>();
  const waiters = new Map<string, () => void>();
  const hear = (service: string, line: string) => {
    if (service !== 'orders' || !line.includes('order updated')) return;
    const record = JSON.parse(line.slice(line.indexOf('{'))) as { orderId?: string; outcome?: string };
    if (!record.orderId || (record.outcome !== 'confirmed' && record.outcome !== 'cancelled')) return;
    ended.add(record.orderId);
    waiters.get(record.orderId)?.();
  };
  const settled = async (saga: SagaSystem, orderId: string, waitMs: number, backstopMs = 3_000): Promise<void> => {
    const deadline = Date.now() + waitMs;
    while (!ended.has(orderId)) {
      if (Date.now() > deadline) throw new Error(`order ${orderId} did not end within ${waitMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, backstopMs);
        waiters.set(orderId, () => {
          clearTimeout(timer);
          resolve();
        });
      });
      waiters.delete(orderId);
      if (ended.has(orderId)) return;
      const { status, body } = await saga.order(orderId);
      if (status === 200 && body.status !== 'PENDING') ended.add(orderId);
    }
  };
  return { hear, settled };
};
