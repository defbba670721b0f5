import { findEntry, listEntries, routeOf, snsMessageAttributesOf, versionsOf } from '../src/catalog/index.js';

describe('routeOf', () => {
  it('gives a saga hand-off its topic and the message attributes filter policies match', () => {
    const placed = findEntry('OrderPlaced', 1);

    expect(placed && routeOf(placed)).toEqual({
      kind: 'sns',
      topic: 'orders-events',
      messageAttributes: {
        type: { DataType: 'String', StringValue: 'OrderPlaced' },
        version: { DataType: 'Number', StringValue: '1' },
        source: { DataType: 'String', StringValue: 'orders' },
      },
    });
  });

  it('gives an outcome the bus, a commerce.<producer> Source and its type as DetailType', () => {
    const sent = findEntry('NotificationSent', 1);

    expect(sent && routeOf(sent)).toEqual({
      kind: 'eventbridge',
      bus: 'commerce',
      source: 'commerce.notifications',
      detailType: 'NotificationSent',
    });
  });

  it('sends saga hand-offs over SNS and outcomes over EventBridge', () => {
    const kinds = Object.fromEntries(listEntries().map((entry) => [entry.type, routeOf(entry).kind]));

    expect(kinds).toEqual({
      OrderPlaced: 'sns',
      InventoryReserved: 'sns',
      InventoryReservationFailed: 'sns',
      PaymentSucceeded: 'sns',
      PaymentFailed: 'sns',
      OrderConfirmed: 'eventbridge',
      OrderCancelled: 'eventbridge',
      InventoryCommitted: 'eventbridge',
      InventoryReleased: 'eventbridge',
      NotificationSent: 'eventbridge',
    });
  });
});

describe('snsMessageAttributesOf', () => {
  it('writes the version as a string, as SNS sends every attribute value', () => {
    expect(snsMessageAttributesOf({ type: 'PaymentFailed', version: 12, source: 'payments' }).version).toEqual({
      DataType: 'Number',
      StringValue: '12',
    });
  });
});

describe('finding entries', () => {
  it('finds one version of one type', () => {
    expect(findEntry('PaymentFailed', 1)).toMatchObject({ type: 'PaymentFailed', version: 1, producer: 'payments' });
  });

  it('returns undefined for a version the catalog does not have', () => {
    expect(findEntry('PaymentFailed', 2)).toBeUndefined();
    expect(findEntry('PaymentRefunded', 1)).toBeUndefined();
  });

  it('lists the versions of one type, oldest first', () => {
    expect(versionsOf('OrderCancelled').map((entry) => entry.version)).toEqual([1]);
    expect(versionsOf('PaymentRefunded')).toEqual([]);
  });
});
