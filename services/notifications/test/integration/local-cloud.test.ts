// First: the router module loads its settings at import, as in Lambda.
import '../helpers/environment.js';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { createDeclaredTable, LOCAL_CREDENTIALS, startEdge, type Edge } from '@commerce/local-cloud/testing';
import { httpRequest, lambdaContext } from '@commerce/testing';
import type { Notification } from '../../src/domain/notification.js';
import { createNotificationQueries } from '../../src/domain/notification-queries.js';
import { createNotificationsRouter } from '../../src/router.js';
import { createNotificationsTable } from '../../src/store/notifications-table.js';

/** The notifications table as resources/tables.yml declares it, on the local cloud, behind the real router. */
describe('notifications on the local cloud', () => {
  let edge: Edge;
  let dynamo: DynamoDBClient;
  const tableName = 'notifications-local-notifications';
  const resourcesFile = fileURLToPath(new URL('../../resources/tables.yml', import.meta.url));
  const orderId = '5d1c7b9e-3f2a-4b8c-9d0e-1f2a3b4c5d6e';

  beforeAll(async () => {
    edge = await startEdge({ port: 0 });
    dynamo = new DynamoDBClient({ endpoint: edge.url, region: edge.region, credentials: LOCAL_CREDENTIALS });
    await createDeclaredTable(dynamo, { resourcesFile, logicalId: 'NotificationsTable', tableName });
  });

  afterAll(async () => {
    dynamo?.destroy();
    await edge?.stop();
  });

  const table = () => createNotificationsTable({ tableName, client: DynamoDBDocumentClient.from(dynamo) });
  const pending = (template: Notification['template']): Notification => ({
    orderId,
    template,
    notificationId: `00000000-0000-4000-8000-00000000000${template === 'order-confirmed' ? 1 : 2}`,
    customerId: '8d7e6f5a-4b3c-4d2e-9f1a-0b1c2d3e4f5a',
    channel: 'email',
    status: 'PENDING',
    sent: { id: 'e-1', time: '2026-11-23T10:00:00.000Z', correlationId: 'c-1', causationId: 'o-1' },
  });

  it('decides a message once and marks it sent once, however many deliveries race', async () => {
    const notifications = table();

    const created = await Promise.all([1, 2, 3].map(() => notifications.create(pending('order-confirmed'))));
    const marked = await Promise.all(
      ['a', 'b'].map((id) =>
        notifications.markSent(orderId, 'order-confirmed', {
          sentAt: '2026-11-23T10:00:01.000Z',
          providerMessageId: id,
        }),
      ),
    );

    expect(created.sort()).toEqual(['created', 'exists', 'exists']);
    expect(marked.sort()).toEqual(['already-sent', 'marked']);
    expect(await notifications.get(orderId, 'order-confirmed')).toMatchObject({ status: 'SENT' });
  });

  it('serves GET /notifications?orderId= with every message of the order, and 422 for an id that is not a UUID', async () => {
    await table().create(pending('order-cancelled'));
    const router = createNotificationsRouter(createNotificationQueries(table()));

    const listed = (await router(
      httpRequest('GET', '/notifications', { query: { orderId: orderId.toUpperCase() } }),
      lambdaContext,
    )) as APIGatewayProxyStructuredResultV2;
    const refused = (await router(
      httpRequest('GET', '/notifications', { query: { orderId: "x' OR 1=1" } }),
      lambdaContext,
    )) as APIGatewayProxyStructuredResultV2;

    expect(listed.statusCode).toBe(200);
    expect(JSON.parse(listed.body ?? '{}')).toEqual({
      orderId,
      notifications: [
        expect.objectContaining({ template: 'order-cancelled', status: 'PENDING' }),
        expect.objectContaining({ template: 'order-confirmed', status: 'SENT', sentAt: '2026-11-23T10:00:01.000Z' }),
      ],
    });
    expect(refused.statusCode).toBe(422);
  });
});
