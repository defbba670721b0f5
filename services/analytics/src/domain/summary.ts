import { percentileOf, type LatencyHistogram } from './latency-histogram.js';
import { attribute, LATENCY, minuteItem, minuteOf, TOTALS } from './metric-updates.js';

/** An item as the store read it: attribute -> value (counters are numbers; keys and TTLs are ignored). */
export type MetricItem = Readonly<Record<string, unknown>>;

export interface MinuteCounts {
  /** The minute's start, ISO 8601 UTC. */
  minute: string;
  placed: number;
  confirmed: number;
  cancelled: number;
  /** Confirmed revenue per currency, in minor units. */
  revenue: Record<string, number>;
}

/** `GET /analytics/summary`: every figure the dashboard shows. */
export interface Summary {
  generatedAt: string;
  orders: { placed: number; confirmed: number; cancelled: number; pending: number };
  /** confirmed / placed; null before the first order. */
  conversion: number | null;
  revenue: Record<string, number>;
  cancellations: Record<string, number>;
  eventsByType: Record<string, number>;
  latencyMs: {
    count: number;
    p50: number | null;
    p90: number | null;
    p95: number | null;
    p99: number | null;
    max: number | null;
  };
  /** Oldest first, ending with the current minute; minutes without events are zeros. */
  perMinute: MinuteCounts[];
}

/** How many minutes the summary's series covers. */
export const SERIES_MINUTES = 60;

/** The series' minutes, oldest first, ending with the one `now` is in (`YYYY-MM-DDTHH:MM`, UTC). */
export const seriesMinutes = (now: Date, length = SERIES_MINUTES): string[] => {
  const current = Date.parse(`${minuteOf(now)}:00Z`);
  return Array.from({ length }, (_, i) => minuteOf(new Date(current - (length - 1 - i) * 60_000)));
};

/** Every item key a summary at `now` reads. */
export const summaryItems = (now: Date): string[] => [TOTALS, LATENCY, ...seriesMinutes(now).map(minuteItem)];

const numberIn = (item: MetricItem | undefined, name: string): number => {
  const value = item?.[name];
  return typeof value === 'number' ? value : 0;
};

/** The `<prefix>#<dimension>` counters of an item, as `{dimension: value}`. */
const dimensions = (item: MetricItem | undefined, prefix: string): Record<string, number> =>
  Object.fromEntries(
    Object.entries(item ?? {})
      .filter((entry): entry is [string, number] => entry[0].startsWith(`${prefix}#`) && typeof entry[1] === 'number')
      .map(([name, value]): [string, number] => [name.slice(prefix.length + 1), value])
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );

const histogramOf = (item: MetricItem | undefined): LatencyHistogram => {
  const maxMs = item?.[attribute.maxMs];
  return {
    count: numberIn(item, attribute.count),
    sumMs: numberIn(item, attribute.sumMs),
    ...(typeof maxMs === 'number' && { maxMs }),
    buckets: dimensions(item, 'bucket'),
  };
};

/**
 * Shapes the stored counters into the summary. Pure: `items` maps the keys of `summaryItems(now)`
 * to what the store read (absent: never written).
 */
export const summarize = (items: ReadonlyMap<string, MetricItem>, now: Date): Summary => {
  const totals = items.get(TOTALS);
  const placed = numberIn(totals, attribute.placed);
  const confirmed = numberIn(totals, attribute.confirmed);
  const cancelled = numberIn(totals, attribute.cancelled);
  const histogram = histogramOf(items.get(LATENCY));
  return {
    generatedAt: now.toISOString(),
    // Deliveries are unordered: a confirmation may be counted before its order's placement.
    orders: { placed, confirmed, cancelled, pending: Math.max(0, placed - confirmed - cancelled) },
    conversion: placed === 0 ? null : confirmed / placed,
    revenue: dimensions(totals, 'revenue'),
    cancellations: dimensions(totals, 'cancelled'),
    eventsByType: dimensions(totals, 'type'),
    latencyMs: {
      count: histogram.count,
      p50: percentileOf(histogram, 50),
      p90: percentileOf(histogram, 90),
      p95: percentileOf(histogram, 95),
      p99: percentileOf(histogram, 99),
      max: histogram.maxMs ?? null,
    },
    perMinute: seriesMinutes(now).map((minute) => {
      const item = items.get(minuteItem(minute));
      return {
        minute: `${minute}:00.000Z`,
        placed: numberIn(item, attribute.placed),
        confirmed: numberIn(item, attribute.confirmed),
        cancelled: numberIn(item, attribute.cancelled),
        revenue: dimensions(item, 'revenue'),
      };
    }),
  };
};
