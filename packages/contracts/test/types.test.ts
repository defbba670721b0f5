import { createReceiver, type EventContract, type EventEnvelope } from '@commerce/shared-core/events';
import { expectTypeOf } from 'expect-type';
import { findEntry, type CatalogEntry } from '../src/catalog/index.js';
import {
  ALL_CONTRACTS,
  OrderCancelledV1,
  OrderPlacedV1,
  PaymentFailedV1,
  PaymentSucceededV1,
  type CommerceEvent,
  type InventoryReservationFailedV1Data,
  type InventoryReservedV1Data,
  type NotificationSentV1Data,
  type OrderCancelledV1Data,
  type OrderPlacedV1Data,
  type OrderPlacedV1Event,
  type PaymentFailedV1Data,
  type PaymentFailedV1Event,
  type PaymentSucceededV1Event,
} from '../src/index.js';

// Checked by `tsc --noEmit` (the typecheck step); the runtime assertions only keep Jest honest.
describe('the types derived from the schemas', () => {
  it('give data fields their precise types', () => {
    expectTypeOf<OrderPlacedV1Data['items'][number]['quantity']>().toEqualTypeOf<number>();
    expectTypeOf<OrderPlacedV1Data['items'][number]['sku']>().toEqualTypeOf<string>();
    expectTypeOf<InventoryReservedV1Data['total']>().toEqualTypeOf<number>();
    expectTypeOf<PaymentFailedV1Data['reason']>().toEqualTypeOf<'DECLINED' | 'PROVIDER_UNAVAILABLE'>();
    expectTypeOf<InventoryReservationFailedV1Data['reason']>().toEqualTypeOf<'OUT_OF_STOCK' | 'UNKNOWN_SKU'>();
    expectTypeOf<NotificationSentV1Data['channel']>().toEqualTypeOf<'email'>();
    expect(OrderPlacedV1.type).toBe('OrderPlaced');
  });

  it('make required fields required and forbid extra ones, like additionalProperties: false', () => {
    expectTypeOf<keyof OrderPlacedV1Data>().toEqualTypeOf<
      'orderId' | 'customerId' | 'items' | 'paymentToken' | 'placedAt'
    >();
    expectTypeOf<OrderPlacedV1Data>().toHaveProperty('paymentToken').toEqualTypeOf<string>();
    expectTypeOf<{ orderId: string }>().not.toMatchTypeOf<OrderPlacedV1Data>();
    expect(OrderPlacedV1.version).toBe(1);
  });
});

describe('the runtime contracts', () => {
  it('carry their literal type, version and data type', () => {
    expectTypeOf(OrderPlacedV1).toEqualTypeOf<EventContract<'OrderPlaced', 1, OrderPlacedV1Data>>();
    expectTypeOf<OrderPlacedV1Event>().toEqualTypeOf<EventEnvelope<'OrderPlaced', 1, OrderPlacedV1Data>>();
    expect(ALL_CONTRACTS).toContain(OrderCancelledV1);
  });

  it('narrow unknown input to the data type when it validates', () => {
    const input: unknown = { reason: 'PAYMENT_DECLINED' };

    if (OrderCancelledV1.validate(input)) {
      expectTypeOf(input).toEqualTypeOf<OrderCancelledV1Data>();
      expectTypeOf(input.reason).toEqualTypeOf<
        'OUT_OF_STOCK' | 'UNKNOWN_SKU' | 'PAYMENT_DECLINED' | 'PAYMENT_UNAVAILABLE'
      >();
    }
    expect(OrderCancelledV1.validate(input)).toBe(false);
  });

  it('plug into createReceiver, which hands its handler the envelopes of the accepted versions', () => {
    const handler = createReceiver({
      service: 'orders',
      name: 'payment-outcome',
      accepts: [PaymentSucceededV1, PaymentFailedV1],
      handler: async (event) => {
        expectTypeOf(event).toEqualTypeOf<PaymentSucceededV1Event | PaymentFailedV1Event>();
      },
    });

    expect(typeof handler).toBe('function');
  });

  it('form a union of every event, discriminated by type', () => {
    const summarise = (event: CommerceEvent): string => {
      if (event.type === 'PaymentFailed') {
        expectTypeOf(event.data).toEqualTypeOf<PaymentFailedV1Data>();
        return event.data.reason;
      }
      return event.type;
    };
    expectTypeOf(summarise).parameter(0).toHaveProperty('version').toEqualTypeOf<1>();
    expect(typeof summarise).toBe('function');
  });
});

describe('the catalog types', () => {
  it('type a found entry precisely when called with literals', () => {
    const placed = findEntry('OrderPlaced', 1);

    expectTypeOf(placed).toEqualTypeOf<CatalogEntry<'OrderPlaced', 1, OrderPlacedV1Data> | undefined>();
    expectTypeOf(findEntry('OrderPlaced' as string, 1)).toEqualTypeOf<CatalogEntry | undefined>();
    expectTypeOf(placed?.examples[0]?.event).toEqualTypeOf<OrderPlacedV1Event | undefined>();
    expect(placed?.examples[0]?.event.data.items[0]?.quantity).toBeGreaterThan(0);
  });
});
