import type { OrderPlacedV1Data } from '@commerce/contracts';
import { CommerceError } from '@commerce/shared-core';
import type { PricedLine, Shortage } from './reservation.js';
import type { StockLevel } from './stock-levels.js';

export type OrderLine = OrderPlacedV1Data['items'][number];

/**
 * One line per SKU, quantities summed, in first-seen order. The contract says "one per SKU" but
 * its schema cannot enforce it, and DynamoDB refuses a transaction that touches one item twice.
 */
export const mergeLines = (lines: readonly OrderLine[]): OrderLine[] => {
  const bySku = new Map<string, number>();
  for (const { sku, quantity } of lines) bySku.set(sku, (bySku.get(sku) ?? 0) + quantity);
  return [...bySku].map(([sku, quantity]) => ({ sku, quantity }));
};

/** The lines the stock cannot cover; a SKU absent from `stock` is unknown and has 0 available. */
export const shortagesOf = (lines: readonly OrderLine[], stock: ReadonlyMap<string, StockLevel>): Shortage[] =>
  lines.flatMap(({ sku, quantity }) => {
    const available = stock.get(sku)?.available ?? 0;
    return available >= quantity ? [] : [{ sku, requested: quantity, available }];
  });

/** As the contract defines it: UNKNOWN_SKU when any line names a SKU inventory does not list. */
export const failureReasonOf = (
  shortages: readonly Shortage[],
  stock: ReadonlyMap<string, StockLevel>,
): 'OUT_OF_STOCK' | 'UNKNOWN_SKU' => (shortages.some(({ sku }) => !stock.has(sku)) ? 'UNKNOWN_SKU' : 'OUT_OF_STOCK');

/** Each line at the SKU's current price; call it only once every SKU is known to be in `stock`. */
export const priceLines = (lines: readonly OrderLine[], stock: ReadonlyMap<string, StockLevel>): PricedLine[] =>
  lines.map(({ sku, quantity }) => {
    const level = stock.get(sku);
    if (!level) throw new CommerceError('INTERNAL', `priceLines called with unknown SKU ${sku}`);
    return { sku, quantity, unitPrice: level.price };
  });

/** Sum of quantity * unitPrice, in minor units: integers, so the sum is exact. */
export const totalOf = (lines: readonly PricedLine[]): number =>
  lines.reduce((sum, { quantity, unitPrice }) => sum + quantity * unitPrice, 0);
