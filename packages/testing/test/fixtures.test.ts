import { unwrapRecord } from '@commerce/shared-core/events';
import { catalogExample, createRecordingPublisher, httpRequest, snsDeliveries } from '../src/index.js';

describe('the shared test fixtures', () => {
  const reserved = () => catalogExample('InventoryReserved', 'two T-shirts and a mug, 52.48 EUR');

  it('deliver an event over SNS, enveloped or raw, as the receivers unwrap it', () => {
    const event = reserved();

    expect(unwrapRecord(snsDeliveries.notification(event, 3))).toMatchObject({ envelope: event, transport: 'sns' });
    expect(unwrapRecord(snsDeliveries.raw(event))).toMatchObject({ envelope: event });
    expect(snsDeliveries.notification(event, 3).attributes.ApproximateReceiveCount).toBe('3');
  });

  it('hand out copies of catalog examples, and name a missing one', () => {
    const copy = reserved();
    copy.id = 'changed';

    expect(reserved().id).not.toBe('changed');
    expect(() => catalogExample('InventoryReserved', 'no such title')).toThrow(
      'The catalog has no InventoryReserved v1 example titled "no such title"',
    );
  });

  it('build a query string as API Gateway sends it', () => {
    const request = httpRequest('GET', '/orders', { query: { customerId: 'c 1', limit: '5' } });

    expect(request.rawQueryString).toBe('customerId=c+1&limit=5');
    expect(request.queryStringParameters).toEqual({ customerId: 'c 1', limit: '5' });
  });

  it('record what is published, and fail on request', async () => {
    const publisher = createRecordingPublisher();
    publisher.failNext();

    await expect(publisher.publish(reserved())).rejects.toThrow('unreachable');
    await publisher.publish([reserved()]);
    expect(publisher.published).toHaveLength(1);
  });
});
