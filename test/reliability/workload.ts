import type { SagaSystem } from '../e2e/saga-system.js';

/**
 * The same orders, on the same stock, for any system: fixed SKUs and, per order, a fixed customer
 * and Idempotency-Key, so orders derives the same order id on every run (derivedUuid of both).
 * Every outcome is decided by the order alone, never by which order arrives first: no SKU is asked
 * for more than it holds by the orders that can get it, and an order that cannot be stocked asks
 * for more than its SKU holds at all. So a clean run and a shuffled one must end the same.
 */
export const STOCK = [
  { sku: 'DUP-MUG', available: 30, price: 1250 },
  { sku: 'DUP-CAP', available: 10, price: 2000 },
  { sku: 'DUP-RARE', available: 2, price: 9900 },
] as const;

interface Line {
  sku: (typeof STOCK)[number]['sku'];
  quantity: number;
}

/** What each order is meant to show: its lines and the payment simulator's token. */
const ORDERS: readonly { lines: Line[]; paymentToken: string }[] = [
  { lines: [{ sku: 'DUP-MUG', quantity: 1 }], paymentToken: 'tok_ok' },
  { lines: [{ sku: 'DUP-MUG', quantity: 2 }], paymentToken: 'tok_ok' },
  { lines: [{ sku: 'DUP-MUG', quantity: 1 }], paymentToken: 'tok_ok' },
  // Every line or none: a multi-line order confirmed.
  {
    lines: [
      { sku: 'DUP-MUG', quantity: 2 },
      { sku: 'DUP-CAP', quantity: 1 },
    ],
    paymentToken: 'tok_ok',
  },
  // Declined: its stock is reserved, then released.
  { lines: [{ sku: 'DUP-CAP', quantity: 2 }], paymentToken: 'tok_decline' },
  { lines: [{ sku: 'DUP-CAP', quantity: 1 }], paymentToken: 'tok_unknown' },
  // Two transient provider failures, retried through the queue, then paid.
  { lines: [{ sku: 'DUP-MUG', quantity: 1 }], paymentToken: 'tok_flaky' },
  // Out of stock whatever the order of arrival: more than there is at all, and a line that is
  // available must not be reserved alongside one that is not.
  { lines: [{ sku: 'DUP-RARE', quantity: 3 }], paymentToken: 'tok_ok' },
  {
    lines: [
      { sku: 'DUP-MUG', quantity: 1 },
      { sku: 'DUP-RARE', quantity: 5 },
    ],
    paymentToken: 'tok_ok',
  },
  // Exactly what there is, and nobody else can take it.
  { lines: [{ sku: 'DUP-RARE', quantity: 2 }], paymentToken: 'tok_ok' },
  { lines: [{ sku: 'DUP-MUG', quantity: 3 }], paymentToken: 'tok_flaky' },
  { lines: [{ sku: 'DUP-CAP', quantity: 1 }], paymentToken: 'tok_ok' },
];

export const ORDER_COUNT = ORDERS.length;

/** A UUID of its own for each order's customer, the same on every run. */
const customerOf = (index: number) => `0d5c3a1e-7b2f-4c8d-9e6a-${String(index + 1).padStart(12, '0')}`;

/** `order-07 DUP-MUG x1 tok_flaky`: how the comparison names an order, the same on every run. */
const labelOf = (index: number) => {
  const { lines, paymentToken } = ORDERS[index]!;
  const items = lines.map((line) => `${line.sku} x${line.quantity}`).join(' + ');
  return `order-${String(index + 1).padStart(2, '0')} ${items} ${paymentToken}`;
};

/**
 * Stocks the SKUs and places every order, four requests in flight at a time (as the e2e test
 * does: concurrent, yet bounded, for sls offline's cold starts). Resolves to each order's id by its
 * label; throws if an order is not accepted.
 */
export const runWorkload = async (saga: SagaSystem): Promise<Map<string, string>> => {
  for (const { sku, available, price } of STOCK) {
    const { status } = await saga.setStock(sku, available, price);
    if (status !== 200) throw new Error(`PUT /inventory/${sku} answered ${status}`);
  }
  const orderIds = new Map<string, string>();
  for (let wave = 0; wave < ORDERS.length; wave += 4) {
    await Promise.all(
      ORDERS.slice(wave, wave + 4).map(async ({ lines, paymentToken }, offset) => {
        const index = wave + offset;
        const body = { customerId: customerOf(index), items: lines, paymentToken };
        const response = await saga.placeOrder(body, `duplicates-${index + 1}`);
        if (response.status !== 202) {
          throw new Error(`${labelOf(index)} was not accepted: ${response.status} ${JSON.stringify(response.body)}`);
        }
        orderIds.set(labelOf(index), response.body.orderId);
      }),
    );
  }
  return orderIds;
};
