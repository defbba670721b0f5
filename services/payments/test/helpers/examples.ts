import type { InventoryReservedV1Event } from '@commerce/contracts';
import { catalogExample } from '@commerce/testing';

/** The catalog's reservation of two T-shirts and a mug (52.48 EUR), paid with `token`. */
export const reservedOrder = (token = 'tok_ok'): InventoryReservedV1Event => {
  const event = catalogExample('InventoryReserved', 'two T-shirts and a mug, 52.48 EUR') as InventoryReservedV1Event;
  event.data.paymentToken = token;
  return event;
};
