import type { OrderCancelledV1Data, OrderConfirmedV1Data } from '@commerce/contracts';
import { cancellationMessage, confirmationMessage } from '../../src/domain/messages.js';
import { addressByTemplate } from '../../src/domain/provider.js';

const confirmed = (currency: string): OrderConfirmedV1Data => ({
  orderId: '5d1c7b9e-3f2a-4b8c-9d0e-1f2a3b4c5d6e',
  customerId: '8d7e6f5a-4b3c-4d2e-9f1a-0b1c2d3e4f5a',
  items: [{ sku: 'MUG-11OZ', quantity: 2, unitPrice: 1250 }],
  total: 2500,
  currency,
  placedAt: '2026-11-23T10:00:00.000Z',
  confirmedAt: '2026-11-23T10:00:02.000Z',
});

describe('the messages customers get', () => {
  it('lists each line at its price and the total, in the currency’s own minor units', () => {
    expect(confirmationMessage(confirmed('EUR')).text).toContain('2 x MUG-11OZ  €25.00');
    expect(confirmationMessage(confirmed('EUR')).text).toContain('Total charged: €25.00');
    expect(confirmationMessage(confirmed('JPY')).text).toContain('Total charged: ¥2,500');
  });

  it('names the order by the start of its id in the subject', () => {
    expect(confirmationMessage(confirmed('EUR')).subject).toBe('Your order 5D1C7B9E is confirmed');
  });

  it.each([
    ['OUT_OF_STOCK', 'some items are out of stock'],
    ['PAYMENT_DECLINED', 'the payment was declined'],
    ['PAYMENT_UNAVAILABLE', 'the payment could not be processed'],
    ['A_FUTURE_REASON', 'A_FUTURE_REASON'],
  ])('explains a cancellation for %s in words', (reason, words) => {
    const order = {
      ...confirmed('EUR'),
      reason,
      cancelledAt: '2026-11-23T10:00:02.000Z',
    } as unknown as OrderCancelledV1Data;

    expect(cancellationMessage(order).text).toContain(`because ${words}.`);
  });

  it('addresses a customer by the template, and refuses a template that would address everyone alike', async () => {
    expect(await addressByTemplate('success+{customerId}@simulator.amazonses.com').emailOf('c-1')).toBe(
      'success+c-1@simulator.amazonses.com',
    );
    expect(() => addressByTemplate('orders@example.com')).toThrow('must contain {customerId}');
  });
});
