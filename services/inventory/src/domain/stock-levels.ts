import { NotFoundError } from '@commerce/shared-core';
import { parseSku } from './sku.js';

/** What inventory knows of one SKU. Prices are in minor units (cents) of the service's currency. */
export interface StockLevel {
  sku: string;
  /** Units that can still be reserved. */
  available: number;
  /** Units held for orders that are not paid for yet. */
  reserved: number;
  price: number;
}

/** What an administrator sets; `reserved` only ever changes through the saga. */
export interface StockUpdate {
  available: number;
  price: number;
}

/** Where stock levels live (the stock table in AWS, a map in unit tests). */
export interface StockStore {
  getStock(sku: string): Promise<StockLevel | undefined>;
  /** Sets `available` and `price`, keeping `reserved`; lists the SKU when it is new. */
  setStock(sku: string, update: StockUpdate): Promise<StockLevel>;
  /** A consistent read of several SKUs; unknown SKUs are simply absent from the map. */
  readStock(skus: readonly string[]): Promise<ReadonlyMap<string, StockLevel>>;
}

/**
 * The stock administration behind the HTTP API: read and set one SKU's level.
 *
 * @example
 * const levels = createStockLevels(store);
 * await levels.set('MUG-11OZ', { available: 50, price: 1250 });
 */
export const createStockLevels = (store: Pick<StockStore, 'getStock' | 'setStock'>) => ({
  async get(rawSku: string): Promise<StockLevel> {
    const sku = parseSku(rawSku);
    const level = await store.getStock(sku);
    if (!level) throw new NotFoundError(`SKU ${sku} is not listed`, { details: { sku } });
    return level;
  },
  async set(rawSku: string, update: StockUpdate): Promise<StockLevel> {
    return store.setStock(parseSku(rawSku), update);
  },
});

export type StockLevels = ReturnType<typeof createStockLevels>;
