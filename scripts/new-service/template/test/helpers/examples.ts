import type { OrderConfirmedV1Event } from '@commerce/contracts';
import { catalogExample } from '@commerce/testing';

/** The catalog's confirmation of two T-shirts and a mug, or of eighteen items over three lines. */
export const confirmedOrder = (title = 'two T-shirts and a mug'): OrderConfirmedV1Event =>
  catalogExample('OrderConfirmed', title) as OrderConfirmedV1Event;
