// First: the receiver module loads its settings at import, as in Lambda.
import '../helpers/environment.js';
import type { SQSBatchResponse } from 'aws-lambda';
import { allDeliveries, catalogExample, lambdaContext, sqsBatch, textRecord } from '@commerce/testing';
import { createOrderRecorder } from '../../src/domain/record-order.js';
import { createRecordOrderReceiver } from '../../src/receivers/record-order.js';
import { confirmedOrder } from '../helpers/examples.js';
import { createInMemoryOrders } from '../helpers/in-memory-orders.js';

const receiverOn = () => {
  const orders = createInMemoryOrders();
  return { orders, receive: createRecordOrderReceiver(createOrderRecorder({ orders })) };
};

describe.each(Object.entries(allDeliveries))('the record-order receiver, delivery %s', (_how, deliver) => {
  it('records each confirmed order once, however often it arrives', async () => {
    const { receive, orders } = receiverOn();
    const small = confirmedOrder();
    const bulk = confirmedOrder('eighteen items over three lines');

    const response = await receive(
      sqsBatch(deliver(small), deliver(bulk), deliver(small, 2), deliver(bulk, 2)),
      lambdaContext,
    );

    expect(response).toEqual({ batchItemFailures: [] });
    expect([...orders.items.keys()].sort()).toEqual([small.data.orderId, bulk.data.orderId].sort());
  });
});

describe('the record-order receiver and records it cannot use', () => {
  it('fails only a record that is not JSON or an event it does not take, for the DLQ to keep', async () => {
    const { receive, orders } = receiverOn();
    const garbage = textRecord('{');
    const placed = allDeliveries.eventBridge(catalogExample('OrderPlaced', 'two T-shirts and a mug'));

    const response = (await receive(
      sqsBatch(garbage, placed, allDeliveries.eventBridge(confirmedOrder())),
      lambdaContext,
    )) as SQSBatchResponse;

    expect(response.batchItemFailures).toEqual([
      { itemIdentifier: garbage.messageId },
      { itemIdentifier: placed.messageId },
    ]);
    expect(orders.items.size).toBe(1);
  });
});
