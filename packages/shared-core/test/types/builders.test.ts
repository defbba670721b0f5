import { expectTypeOf } from 'expect-type';
import { loadConfig, integer, oneOf, text } from '../../src/config/index.js';
import { createEvent, createReceiver, deriveEvent, type EventEnvelope } from '../../src/events/index.js';
import { route, type PathParams, type RouteRequest } from '../../src/http/index.js';
import type { SchemaValidator } from '../../src/events/index.js';
import { OrderPlacedV1, PaymentFailedV1, type OrderPlacedData, type PaymentFailedData } from '../helpers/contracts.js';

// These assertions are checked by `tsc --noEmit` (the typecheck step); the runtime test below only
// keeps Jest from reporting an empty file.
describe('builder types', () => {
  it('infer what handlers receive', () => {
    expectTypeOf<PathParams<'/orders/{orderId}/lines/{sku}'>>().toEqualTypeOf<{ orderId: string; sku: string }>();
    expectTypeOf<PathParams<'/orders'>>().toEqualTypeOf<Record<never, string>>();

    route('GET /orders/{orderId}', {
      handler: (request) => {
        expectTypeOf(request.params).toEqualTypeOf<{ orderId: string }>();
        expectTypeOf(request.body).toBeUndefined();
        return { status: 200 };
      },
    });

    const validateBody = (() => true) as unknown as SchemaValidator<{ sku: string }>;
    route('POST /orders', {
      body: validateBody,
      handler: (request: RouteRequest<{ sku: string }, Record<never, string>, Record<string, string | undefined>>) => {
        expectTypeOf(request.body.sku).toBeString();
        return { status: 202 };
      },
    });

    createReceiver({
      service: 'orders',
      name: 'payment-outcome',
      accepts: [OrderPlacedV1, PaymentFailedV1],
      handler: async (event) => {
        expectTypeOf(event).toEqualTypeOf<
          EventEnvelope<'OrderPlaced', 1, OrderPlacedData> | EventEnvelope<'PaymentFailed', 1, PaymentFailedData>
        >();
        if (event.type === 'PaymentFailed') expectTypeOf(event.data.reason).toEqualTypeOf<'DECLINED'>();
      },
    });

    const placed = createEvent(OrderPlacedV1, { orderId: 'o', quantity: 1 }, { source: 'orders' });
    expectTypeOf(placed).toEqualTypeOf<EventEnvelope<'OrderPlaced', 1, OrderPlacedData>>();
    // The compiler refuses data that breaks the contract's type, and so does the runtime check.
    // @ts-expect-error -- quantity is missing
    const missingQuantity = () => createEvent(OrderPlacedV1, { orderId: 'o' }, { source: 'orders' });
    expect(missingQuantity).toThrow('does not match its contract');
    expectTypeOf(
      deriveEvent(placed, PaymentFailedV1, { orderId: 'o', reason: 'DECLINED' }, 'payments').type,
    ).toEqualTypeOf<'PaymentFailed'>();

    const config = loadConfig(
      { TABLE: text(), SIZE: integer(), STAGE: oneOf(['dev', 'prod']) },
      { TABLE: 't', SIZE: '1', STAGE: 'dev' },
    );
    expectTypeOf(config).toEqualTypeOf<{
      readonly TABLE: string;
      readonly SIZE: number;
      readonly STAGE: 'dev' | 'prod';
    }>();

    expect(placed.type).toBe('OrderPlaced');
  });
});
