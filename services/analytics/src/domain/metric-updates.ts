import type { CommerceEvent } from '@commerce/contracts';
import { bucketOf } from './latency-histogram.js';

/** The item of running totals: orders by status, revenue, cancellations by reason, events by type. */
export const TOTALS = 'totals';
/** The item of the saga latency histogram (latency-histogram.ts). */
export const LATENCY = 'latency';
/** `YYYY-MM-DDTHH:MM` (UTC) -> the item of that minute's counts. */
export const minuteItem = (minute: string): string => `minute#${minute}`;
/** The UTC minute an ISO date-time falls in, as `YYYY-MM-DDTHH:MM`. */
export const minuteOf = (time: string | Date): string => new Date(time).toISOString().slice(0, 16);

/**
 * Minute items are read for an hour, then kept this long after the last event counted in them for
 * whoever looks back, then expire (TTL). Counted from the write, not from the minute, so a replay
 * of old events (a DLQ redrive) does not write items that are already expired.
 */
export const MINUTE_RETENTION_SECONDS = 7 * 24 * 3600;

/** Attribute names, shared by the items above (`#` joins a metric and its dimension). */
export const attribute = {
  placed: 'placed',
  confirmed: 'confirmed',
  cancelled: 'cancelled',
  revenue: (currency: string) => `revenue#${currency}`,
  cancelledFor: (reason: string) => `cancelled#${reason}`,
  eventsOf: (type: string) => `type#${type}`,
  count: 'count',
  sumMs: 'sumMs',
  maxMs: 'maxMs',
  bucket: (index: number) => `bucket#${index}`,
} as const;

/** Numbers to `ADD` to the attributes of one item, which expires `retainSeconds` after the write if set. */
export interface Increment {
  item: string;
  add: Record<string, number>;
  retainSeconds?: number;
}

/** Raise an attribute of one item to `value` if it is lower or absent (a maximum is not an `ADD`). */
export interface Maximum {
  item: string;
  attribute: string;
  value: number;
}

/** Everything one event changes. All of it is commutative, so deliveries may arrive in any order. */
export interface MetricUpdates {
  increments: Increment[];
  maxima: Maximum[];
}

const minuteIncrement = (time: string, add: Record<string, number>): Increment => ({
  item: minuteItem(minuteOf(time)),
  add,
  retainSeconds: MINUTE_RETENTION_SECONDS,
});

/**
 * The counters one event moves. Every accepted type counts in `type#<type>`; the order lifecycle
 * events also move the status counts, revenue, cancellations, the minute series (by the event's
 * own `time`, not its arrival) and the latency histogram.
 */
export const updatesFor = (event: CommerceEvent): MetricUpdates => {
  const totals: Record<string, number> = { [attribute.eventsOf(event.type)]: 1 };
  const increments: Increment[] = [{ item: TOTALS, add: totals }];
  switch (event.type) {
    case 'OrderPlaced':
      totals[attribute.placed] = 1;
      increments.push(minuteIncrement(event.time, { [attribute.placed]: 1 }));
      return { increments, maxima: [] };
    case 'OrderConfirmed': {
      const { total, currency, placedAt, confirmedAt } = event.data;
      totals[attribute.confirmed] = 1;
      totals[attribute.revenue(currency)] = total;
      increments.push(minuteIncrement(event.time, { [attribute.confirmed]: 1, [attribute.revenue(currency)]: total }));
      // Clock skew between hosts could make it negative; a saga takes no less than no time.
      const latencyMs = Math.max(0, Date.parse(confirmedAt) - Date.parse(placedAt));
      increments.push({
        item: LATENCY,
        add: { [attribute.count]: 1, [attribute.sumMs]: latencyMs, [attribute.bucket(bucketOf(latencyMs))]: 1 },
      });
      return { increments, maxima: [{ item: LATENCY, attribute: attribute.maxMs, value: latencyMs }] };
    }
    case 'OrderCancelled':
      totals[attribute.cancelled] = 1;
      totals[attribute.cancelledFor(event.data.reason)] = 1;
      increments.push(minuteIncrement(event.time, { [attribute.cancelled]: 1 }));
      return { increments, maxima: [] };
    default:
      return { increments, maxima: [] };
  }
};
