/**
 * The orders the catalog's examples follow, so one order can be traced from event to event in
 * CATALOG.md: the same ids, amounts that add up, times in saga order. Example data only: the
 * runtime entry never imports it.
 */

interface OrderLine {
  sku: string;
  quantity: number;
}

interface PricedLine extends OrderLine {
  /** Minor units (cents) of `currency`. */
  unitPrice: number;
}

/** An order as the customer placed it; rejected ones go no further. */
export interface PlacedOrder {
  orderId: string;
  customerId: string;
  lines: OrderLine[];
  paymentToken: string;
  placedAt: string;
  cancelledAt?: string;
}

/** An order inventory reserved, so it has prices, a total and a payment attempt. */
export interface ReservedOrder extends PlacedOrder {
  lines: PricedLine[];
  /** Sum of quantity * unitPrice over the lines. */
  total: number;
  currency: string;
  reservedAt: string;
  paymentId: string;
  /** When payments charged the total, or gave up. */
  settledAt: string;
  confirmedAt?: string;
}

/** The lines as the customer ordered them, without prices. */
export const unpriced = (lines: readonly OrderLine[]): OrderLine[] =>
  lines.map(({ sku, quantity }) => ({ sku, quantity }));

/** Two T-shirts and a mug, paid and confirmed: the happy path. */
export const confirmedOrder = {
  orderId: '70368d3a-fbf5-4f9b-8c46-5da4e6ee054a',
  customerId: 'c7517ffe-7e22-4778-9c1e-507ad9726f1d',
  lines: [
    { sku: 'TSHIRT-BLK-M', quantity: 2, unitPrice: 1999 },
    { sku: 'MUG-11OZ', quantity: 1, unitPrice: 1250 },
  ],
  total: 5248,
  currency: 'EUR',
  paymentToken: 'tok_visa',
  paymentId: 'b84f813c-0d4f-4661-b7b5-41e253898bab',
  placedAt: '2025-03-14T09:26:53.589Z',
  reservedAt: '2025-03-14T09:26:54.012Z',
  settledAt: '2025-03-14T09:26:55.740Z',
  confirmedAt: '2025-03-14T09:26:56.031Z',
} satisfies ReservedOrder;

/** A larger order from a returning customer, also confirmed. */
export const bulkOrder = {
  orderId: 'e24e8ce2-e40b-425b-85e3-905a8523e179',
  customerId: '86c143ea-3892-4793-a490-09814e38aae0',
  lines: [
    { sku: 'SOCK-3PACK', quantity: 12, unitPrice: 1200 },
    { sku: 'TSHIRT-WHT-L', quantity: 4, unitPrice: 1999 },
    { sku: 'TOTE-CANVAS', quantity: 2, unitPrice: 1450 },
  ],
  total: 25296,
  currency: 'EUR',
  paymentToken: 'tok_mastercard',
  paymentId: '4dc1d0b7-d877-4954-aba4-5058f134ddc5',
  placedAt: '2025-03-14T11:02:17.004Z',
  reservedAt: '2025-03-14T11:02:17.388Z',
  settledAt: '2025-03-14T11:02:19.120Z',
  confirmedAt: '2025-03-14T11:02:19.455Z',
} satisfies ReservedOrder;

/** Wants three hoodies when one is left: rejected by inventory. */
export const outOfStockOrder = {
  orderId: '4b898315-b18c-4fe3-bb3a-395395f99554',
  customerId: 'ad825ded-e35e-467c-8f97-890153588170',
  lines: [{ sku: 'HOODIE-GRY-L', quantity: 3 }],
  paymentToken: 'tok_visa',
  placedAt: '2025-03-14T12:45:30.120Z',
  cancelledAt: '2025-03-14T12:45:30.902Z',
} satisfies PlacedOrder;

/** Orders a poster that inventory no longer lists: rejected by inventory. */
export const unknownSkuOrder = {
  orderId: '68b2e08c-9420-4521-a0be-0dd07da397d6',
  customerId: 'c7517ffe-7e22-4778-9c1e-507ad9726f1d',
  lines: [
    { sku: 'POSTER-A2-2019', quantity: 1 },
    { sku: 'TSHIRT-BLK-M', quantity: 1 },
  ],
  paymentToken: 'tok_amex',
  placedAt: '2025-03-15T08:13:44.871Z',
  cancelledAt: '2025-03-15T08:13:45.530Z',
} satisfies PlacedOrder;

/** Reserved, then the card is declined: stock released, order cancelled. */
export const declinedOrder = {
  orderId: '1c16d485-4f58-482a-aa6a-9a02604eda0d',
  customerId: '290e3b7c-fab5-48be-b9a3-83dac151bad0',
  lines: [{ sku: 'SNEAKER-WHT-42', quantity: 1, unitPrice: 8900 }],
  total: 8900,
  currency: 'EUR',
  paymentToken: 'tok_chargeDeclined',
  paymentId: '8054a3e6-77e1-4588-83c3-f8128f25ff35',
  placedAt: '2025-03-15T17:30:02.450Z',
  reservedAt: '2025-03-15T17:30:02.817Z',
  settledAt: '2025-03-15T17:30:04.266Z',
  cancelledAt: '2025-03-15T17:30:04.610Z',
} satisfies ReservedOrder;

/** Reserved, then the payment provider stays unreachable past payments' retries: released, cancelled. */
export const providerDownOrder = {
  orderId: '53fc98a0-75f2-4636-88f4-514a747db921',
  customerId: 'f4e515ac-6ca3-49a5-a10e-0f099ca0477b',
  lines: [
    { sku: 'MUG-11OZ', quantity: 6, unitPrice: 1250 },
    { sku: 'COASTER-CORK-4', quantity: 1, unitPrice: 800 },
  ],
  total: 8300,
  currency: 'EUR',
  paymentToken: 'tok_mastercard',
  paymentId: '1b87d501-a5a7-46db-b017-7f31df5dccdd',
  placedAt: '2025-03-16T02:11:09.333Z',
  reservedAt: '2025-03-16T02:11:09.701Z',
  settledAt: '2025-03-16T02:16:12.948Z',
  cancelledAt: '2025-03-16T02:16:13.301Z',
} satisfies ReservedOrder;

/** Emails sent for the orders above: one per confirmed or cancelled order that was notified. */
export const sentNotifications = {
  confirmed: { notificationId: 'ae47e138-6b86-4689-922f-8459f4d126f1', sentAt: '2025-03-14T09:26:57.402Z' },
  declined: { notificationId: '40ec52d2-b3a2-4d35-afa3-061006db16e6', sentAt: '2025-03-15T17:30:05.998Z' },
};
