import type { EventContract, RawSchemaIssue, SchemaValidator } from '../../src/events/index.js';

/**
 * A hand-written validator with the same shape as a compiled one, so shared-core's tests need not
 * depend on the contracts package (which depends on shared-core).
 */
const validator = <T>(check: (data: Record<string, unknown>) => RawSchemaIssue[]): SchemaValidator<T> => {
  const validate = ((data: unknown) => {
    const issues =
      typeof data === 'object' && data !== null
        ? check(data as Record<string, unknown>)
        : [{ instancePath: '', keyword: 'type', message: 'must be object' }];
    validate.errors = issues.length > 0 ? issues : null;
    return issues.length === 0;
  }) as SchemaValidator<T>;
  return validate;
};

export interface OrderPlacedData {
  orderId: string;
  quantity: number;
}

export const OrderPlacedV1: EventContract<'OrderPlaced', 1, OrderPlacedData> = {
  type: 'OrderPlaced',
  version: 1,
  validate: validator<OrderPlacedData>((data) => [
    ...(typeof data['orderId'] === 'string'
      ? []
      : [{ instancePath: '/orderId', keyword: 'type', message: 'must be string' }]),
    ...(Number.isInteger(data['quantity']) && (data['quantity'] as number) >= 1
      ? []
      : [{ instancePath: '/quantity', keyword: 'minimum', message: 'must be >= 1' }]),
  ]),
};

export interface PaymentFailedData {
  orderId: string;
  reason: 'DECLINED';
}

export const PaymentFailedV1: EventContract<'PaymentFailed', 1, PaymentFailedData> = {
  type: 'PaymentFailed',
  version: 1,
  validate: validator<PaymentFailedData>((data) =>
    data['reason'] === 'DECLINED' ? [] : [{ instancePath: '/reason', keyword: 'enum', message: 'must be DECLINED' }],
  ),
};
