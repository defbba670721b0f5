import type {
  InventoryCommittedV1Event,
  InventoryReleasedV1Event,
  InventoryReservationFailedV1Event,
  InventoryReservedV1Event,
  OrderPlacedV1Event,
  PaymentFailedV1Event,
  PaymentSucceededV1Event,
} from '@commerce/contracts';
import { catalogExample as example } from '@commerce/testing';

/**
 * The catalog's examples follow a few orders through the saga; these are the ones inventory sees
 * and the ones it should produce from them.
 */
export const examples = {
  tshirtsAndMug: {
    placed: () => example('OrderPlaced', 'two T-shirts and a mug') as OrderPlacedV1Event,
    reserved: () => example('InventoryReserved', 'two T-shirts and a mug, 52.48 EUR') as InventoryReservedV1Event,
    paid: () => example('PaymentSucceeded', '52.48 EUR charged') as PaymentSucceededV1Event,
    committed: () => example('InventoryCommitted', 'two T-shirts and a mug') as InventoryCommittedV1Event,
  },
  threeHoodies: {
    placed: () => example('OrderPlaced', 'three hoodies when one is in stock') as OrderPlacedV1Event,
    failed: () =>
      example('InventoryReservationFailed', 'three hoodies wanted, one in stock') as InventoryReservationFailedV1Event,
  },
  declinedSneakers: {
    placed: () =>
      example('OrderPlaced', 'a pair of sneakers, paid with a card that will be declined') as OrderPlacedV1Event,
    reserved: () => example('InventoryReserved', 'a pair of sneakers, 89.00 EUR') as InventoryReservedV1Event,
    declined: () => example('PaymentFailed', 'card declined') as PaymentFailedV1Event,
    released: () => example('InventoryReleased', 'after a declined card') as InventoryReleasedV1Event,
  },
};

/** The stock the examples assume: their prices, and one hoodie left. */
export const exampleStock = [
  { sku: 'TSHIRT-BLK-M', available: 10, price: 1999 },
  { sku: 'MUG-11OZ', available: 5, price: 1250 },
  { sku: 'HOODIE-GRY-L', available: 1, price: 4500 },
  { sku: 'SNEAKER-WHT-42', available: 3, price: 8900 },
] as const;
