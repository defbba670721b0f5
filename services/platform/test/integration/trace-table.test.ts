// First: the router module loads its settings at import, as in Lambda.
import '../helpers/environment.js';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { createDeclaredTable, LOCAL_CREDENTIALS, startEdge, type Edge } from '@commerce/local-cloud/testing';
import { httpRequest, lambdaContext } from '@commerce/testing';
import { createAuditor } from '../../src/domain/audit.js';
import { createTraceQueries } from '../../src/domain/trace-queries.js';
import { createPlatformRouter } from '../../src/router.js';
import { createTraceTable } from '../../src/store/trace-table.js';
import { CONFIRMED_SAGA_TYPES, confirmedPlaced, sagaEvents } from '../helpers/catalog-sagas.js';

/** The trace table as resources/trace-table.yml declares it, on the local cloud, behind the real router. */
describe('the audit trace on the local cloud', () => {
  let edge: Edge;
  let dynamo: DynamoDBClient;
  const tableName = 'platform-local-trace';
  const resourcesFile = fileURLToPath(new URL('../../resources/trace-table.yml', import.meta.url));

  beforeAll(async () => {
    edge = await startEdge({ port: 0 });
    dynamo = new DynamoDBClient({ endpoint: edge.url, region: edge.region, credentials: LOCAL_CREDENTIALS });
    await createDeclaredTable(dynamo, { resourcesFile, logicalId: 'TraceTable', tableName });
  });

  afterAll(async () => {
    dynamo?.destroy();
    await edge?.stop();
  });

  const table = () =>
    createTraceTable({
      tableName,
      retentionDays: 30,
      client: DynamoDBDocumentClient.from(dynamo),
      now: () => new Date('2026-11-23T10:00:00.000Z'),
    });

  it('stores an event once, however often it is delivered, and expires it after the retention', async () => {
    const trace = table();
    const placed = confirmedPlaced();
    const auditor = createAuditor(trace);

    const arrivals = await Promise.all(
      [1, 2, 3].map((n) =>
        auditor.record({ ...placed, correlationId: 'once' }, { transport: 'sns', sentTimestamp: n }),
      ),
    );

    expect(arrivals.sort()).toEqual(['duplicate', 'duplicate', 'recorded']);
    expect(await trace.ofCorrelation('once')).toHaveLength(1);
    const { Item } = await DynamoDBDocumentClient.from(dynamo).send(
      new GetCommand({ TableName: tableName, Key: { correlationId: 'once', eventId: placed.id } }),
    );
    expect(Item?.['expiresAt']).toBe(Date.parse('2026-12-23T10:00:00.000Z') / 1000);
  });

  it("serves GET /events?correlationId= with the saga's events in causal order", async () => {
    const trace = table();
    const { correlationId } = confirmedPlaced();
    const saga = sagaEvents(correlationId);
    for (const event of [...saga].reverse()) {
      await createAuditor(trace).record(event, { transport: 'eventbridge', sentTimestamp: Date.parse(event.time) });
    }
    const router = createPlatformRouter(createTraceQueries(trace));

    const response = (await router(
      httpRequest('GET', '/events', { query: { correlationId } }),
      lambdaContext,
    )) as APIGatewayProxyStructuredResultV2;

    const body = JSON.parse(response.body ?? '{}') as {
      events: { type: string; causationId: string; eventId: string }[];
    };
    expect(response.statusCode).toBe(200);
    expect(body.events.map((event) => event.type)).toEqual(CONFIRMED_SAGA_TYPES);
    expect(body.events[1]?.causationId).toBe(body.events[0]?.eventId);
  });

  it('answers a request without a correlation id with a 422 problem', async () => {
    const router = createPlatformRouter(createTraceQueries(table()));

    const response = (await router(httpRequest('GET', '/events'), lambdaContext)) as APIGatewayProxyStructuredResultV2;

    expect(response.statusCode).toBe(422);
    expect(response.headers?.['content-type']).toBe('application/problem+json');
  });
});
