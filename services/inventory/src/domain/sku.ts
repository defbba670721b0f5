import { ValidationError } from '@commerce/shared-core';

/**
 * Upper-case letters, digits and dashes, 2 to 32 characters: the catalog's `sku` field (a test
 * keeps the two equal), and the stock table's partition key.
 */
export const SKU_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,31}$/;

/**
 * Checks a SKU that comes from outside the event contracts (a URL path) before it becomes a
 * DynamoDB key. SKUs inside events were already checked against the same pattern by the contract.
 *
 * @example
 * const level = await store.getStock(parseSku(params.sku)); // throws a 422 problem for 'mug 11oz'
 */
export const parseSku = (raw: string): string => {
  if (!SKU_PATTERN.test(raw)) {
    // The raw value is not echoed: it is unbounded user input.
    throw new ValidationError('The SKU in the path is malformed', [
      { path: '/sku', message: 'must be 2 to 32 upper-case letters, digits or dashes, not starting with a dash' },
    ]);
  }
  return raw;
};
