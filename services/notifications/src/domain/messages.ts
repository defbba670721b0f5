import type { OrderCancelledV1Data, OrderConfirmedV1Data } from '@commerce/contracts';

/** Why an order was cancelled, in the customer's words. An unknown code is shown as it is. */
const REASONS: Record<string, string> = {
  OUT_OF_STOCK: 'some items are out of stock',
  UNKNOWN_SKU: 'an item is no longer sold',
  PAYMENT_DECLINED: 'the payment was declined',
  PAYMENT_UNAVAILABLE: 'the payment could not be processed',
};

/** Minor units as the currency writes them: 5248 EUR is €52.48, 5248 JPY is ¥5,248. */
const money = (minorUnits: number, currency: string) => {
  const format = new Intl.NumberFormat('en', { style: 'currency', currency });
  return format.format(minorUnits / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
};

const shortId = (orderId: string) => orderId.slice(0, 8).toUpperCase();

/** The confirmation: every line at its price and the total charged. */
export const confirmationMessage = (order: OrderConfirmedV1Data) => ({
  subject: `Your order ${shortId(order.orderId)} is confirmed`,
  text: [
    `Thank you: order ${order.orderId} is paid and on its way.`,
    '',
    ...order.items.map(
      (line) => `${line.quantity} x ${line.sku}  ${money(line.unitPrice * line.quantity, order.currency)}`,
    ),
    '',
    `Total charged: ${money(order.total, order.currency)}`,
  ].join('\n'),
});

/** The cancellation: why, and that nothing was charged. */
export const cancellationMessage = (order: OrderCancelledV1Data) => ({
  subject: `Your order ${shortId(order.orderId)} was cancelled`,
  text: [
    `We are sorry: order ${order.orderId} was cancelled because ${REASONS[order.reason] ?? order.reason}.`,
    'Nothing was charged.',
  ].join('\n'),
});
