import {
  attribute,
  LATENCY,
  MINUTE_RETENTION_SECONDS,
  minuteOf,
  TOTALS,
  updatesFor,
} from '../../src/domain/metric-updates.js';
import { everyExample, example } from '../helpers/examples.js';

describe('the counters an event moves', () => {
  it('counts an OrderPlaced as placed, in its type and in the minute of its time', () => {
    const placed = example('OrderPlaced', 'two T-shirts and a mug');

    expect(updatesFor(placed)).toEqual({
      increments: [
        { item: TOTALS, add: { 'type#OrderPlaced': 1, placed: 1 } },
        {
          item: 'minute#2025-03-14T09:26',
          add: { placed: 1 },
          retainSeconds: MINUTE_RETENTION_SECONDS,
        },
      ],
      maxima: [],
    });
  });

  it('counts an OrderConfirmed as confirmed revenue in its currency, and its saga latency', () => {
    const confirmed = example('OrderConfirmed', 'two T-shirts and a mug');

    const { increments, maxima } = updatesFor(confirmed);

    // 09:26:53.589 -> 09:26:56.031
    expect(increments).toEqual([
      { item: TOTALS, add: { 'type#OrderConfirmed': 1, confirmed: 1, 'revenue#EUR': 5248 } },
      {
        item: 'minute#2025-03-14T09:26',
        add: { confirmed: 1, 'revenue#EUR': 5248 },
        retainSeconds: MINUTE_RETENTION_SECONDS,
      },
      { item: LATENCY, add: { count: 1, sumMs: 2442, 'bucket#46': 1 } },
    ]);
    expect(maxima).toEqual([{ item: LATENCY, attribute: attribute.maxMs, value: 2442 }]);
  });

  it('counts an OrderCancelled as cancelled, by its reason', () => {
    const cancelled = example('OrderCancelled', 'out of stock');

    expect(updatesFor(cancelled).increments).toEqual([
      { item: TOTALS, add: { 'type#OrderCancelled': 1, cancelled: 1, 'cancelled#OUT_OF_STOCK': 1 } },
      { item: 'minute#2025-03-14T12:45', add: { cancelled: 1 }, retainSeconds: MINUTE_RETENTION_SECONDS },
    ]);
  });

  it('counts a confirmation whose clocks disagree as a saga of 0 ms, never a negative one', () => {
    const confirmed = example('OrderConfirmed', 'two T-shirts and a mug');
    confirmed.data.placedAt = '2025-03-14T09:27:00.000Z';

    expect(updatesFor(confirmed).maxima).toEqual([{ item: LATENCY, attribute: 'maxMs', value: 0 }]);
    expect(updatesFor(confirmed).increments[2]?.add).toEqual({ count: 1, sumMs: 0, 'bucket#0': 1 });
  });

  it.each(
    everyExample()
      .filter((event) => !['OrderPlaced', 'OrderConfirmed', 'OrderCancelled'].includes(event.type))
      .map((event) => [event.type, event] as const),
  )('counts a %s in its type only', (type, event) => {
    expect(updatesFor(event)).toEqual({ increments: [{ item: TOTALS, add: { [`type#${type}`]: 1 } }], maxima: [] });
  });

  it('buckets minutes in UTC, whatever offset the time was written with', () => {
    expect(minuteOf('2025-03-14T10:26:59.999+01:00')).toBe('2025-03-14T09:26');
  });
});
