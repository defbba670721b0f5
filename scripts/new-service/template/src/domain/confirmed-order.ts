import type { OrderConfirmedV1Event } from '@commerce/contracts';

/** What this service keeps of a confirmed order: what it needs, not a copy of the event. */
export interface ConfirmedOrder {
  orderId: string;
  customerId: string;
  /** Minor units of `currency`. */
  total: number;
  currency: string;
  itemCount: number;
  confirmedAt: string;
  /** The OrderConfirmed it was recorded from, to trace it in platform's timeline. */
  eventId: string;
}

export interface ConfirmedOrderStore {
  get(orderId: string): Promise<ConfirmedOrder | undefined>;
  /** `exists`: an earlier delivery recorded it (a conditional write on the order id). */
  create(order: ConfirmedOrder): Promise<'created' | 'exists'>;
}

export const confirmedOrderOf = ({ id, data }: OrderConfirmedV1Event): ConfirmedOrder => ({
  orderId: data.orderId,
  customerId: data.customerId,
  total: data.total,
  currency: data.currency,
  itemCount: data.items.reduce((count, item) => count + item.quantity, 0),
  confirmedAt: data.confirmedAt,
  eventId: id,
});
