import { CreateEventBusCommand, EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import type { APIGatewayProxyStructuredResultV2, SQSBatchResponse } from 'aws-lambda';
import { LOCAL_CREDENTIALS } from '@commerce/local-cloud/testing';
import type { ReceiverHandler } from '@commerce/shared-core/events';
import type { RouterHandler } from '@commerce/shared-core/http';
import { examples, exampleStock } from '../helpers/catalog-examples.js';
import { clientConfigFor, startLocalInventoryCloud, type LocalInventoryCloud } from '../helpers/local-cloud.js';
import { jsonRequest, httpRequest, lambdaContext, snsDeliveries, sqsBatch } from '@commerce/testing';

/**
 * The deployed entry points themselves (router.ts, receivers/*.ts `handler`), configured only by
 * their environment as serverless.yml sets it, against the local cloud: real tables, inventory's
 * topic and a bus. SNS refuses a Publish to a topic that does not exist, so an empty
 * batchItemFailures from reserve-stock means its events were accepted. PutEvents accepts any bus
 * name, as AWS does, so for settle-reservation it shows only that the call reached the local cloud;
 * reading the events back would need an SQS client, which this package does not depend on yet.
 */
describe('the inventory entry points on the local cloud', () => {
  let cloud: LocalInventoryCloud;
  let router: RouterHandler;
  let reserveStock: ReceiverHandler;
  let settleReservation: ReceiverHandler;

  beforeAll(async () => {
    cloud = await startLocalInventoryCloud();
    const config = clientConfigFor(cloud.edge);
    const sns = new SNSClient(config);
    const events = new EventBridgeClient(config);
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'inventory-local-events' }));
    await events.send(new CreateEventBusCommand({ Name: 'commerce-local' }));
    sns.destroy();
    events.destroy();

    Object.assign(process.env, {
      ...cloud.tables,
      EVENTS_TOPIC_ARN: TopicArn,
      EVENT_BUS_NAME: 'commerce-local',
      CURRENCY: 'EUR',
      LOG_LEVEL: 'silent',
      // Read by the SDK itself: every client of the entry points goes to the edge.
      AWS_ENDPOINT_URL: cloud.edge.url,
      AWS_REGION: cloud.edge.region,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    });
    // Imported only now: each loads its settings at module scope, as on a Lambda cold start.
    ({ handler: router } = await import('../../src/router.js'));
    ({ handler: reserveStock } = await import('../../src/receivers/reserve-stock.js'));
    ({ handler: settleReservation } = await import('../../src/receivers/settle-reservation.js'));
  });

  afterAll(async () => {
    await cloud?.stop();
  });

  const stockOf = async (sku: string) => {
    const response = (await router(
      httpRequest('GET', `/inventory/${sku}`),
      lambdaContext,
    )) as APIGatewayProxyStructuredResultV2;
    return JSON.parse(response.body ?? 'null') as unknown;
  };

  it('carries an order from stock set through the API to reserved, then committed', async () => {
    for (const { sku, available, price } of exampleStock) {
      const put = await router(jsonRequest('PUT', `/inventory/${sku}`, { available, price }), lambdaContext);
      expect(put).toMatchObject({ statusCode: 200 });
    }

    const reserved = await reserveStock(
      sqsBatch(snsDeliveries.notification(examples.tshirtsAndMug.placed())),
      lambdaContext,
    );
    expect(reserved).toEqual({ batchItemFailures: [] });
    expect(await stockOf('MUG-11OZ')).toEqual({ sku: 'MUG-11OZ', available: 4, reserved: 1, price: 1250 });

    const committed = (await settleReservation(
      sqsBatch(snsDeliveries.notification(examples.tshirtsAndMug.paid())),
      lambdaContext,
    )) as SQSBatchResponse;
    expect(committed).toEqual({ batchItemFailures: [] });
    expect(await stockOf('MUG-11OZ')).toEqual({ sku: 'MUG-11OZ', available: 4, reserved: 0, price: 1250 });
  });

  it('rejects an order it cannot cover and releases one whose payment failed', async () => {
    const rejected = await reserveStock(
      sqsBatch(snsDeliveries.notification(examples.threeHoodies.placed())),
      lambdaContext,
    );
    await reserveStock(sqsBatch(snsDeliveries.notification(examples.declinedSneakers.placed())), lambdaContext);
    const released = await settleReservation(
      sqsBatch(snsDeliveries.notification(examples.declinedSneakers.declined())),
      lambdaContext,
    );

    expect(rejected).toEqual({ batchItemFailures: [] });
    expect(released).toEqual({ batchItemFailures: [] });
    expect(await stockOf('HOODIE-GRY-L')).toMatchObject({ available: 1, reserved: 0 });
    expect(await stockOf('SNEAKER-WHT-42')).toMatchObject({ available: 3, reserved: 0 });
  });
});
