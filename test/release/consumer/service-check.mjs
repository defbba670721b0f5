// What a service does with the published packages, run inside a consumer installed from the
// registry: an HTTP route through createRouter, and an event created against its contract.
// Prints one JSON line: the versions it loaded, where from, and what they did.
import { createRequire } from 'node:module';
import { OrderPlacedV1 } from '@commerce/contracts';
import { findEntry } from '@commerce/contracts/catalog';
import { createEvent } from '@commerce/shared-core/events';
import { createRouter, DEFAULT_MAX_BODY_BYTES, route } from '@commerce/shared-core/http';
import { createSnsPublisher } from '@commerce/shared-core/publishers';

const require = createRequire(import.meta.url);
const installed = (name) => ({
  version: require(`${name}/package.json`).version,
  from: import.meta.resolve(name),
});

/** Any JSON body: the route is about the body's size, not its shape. */
const anyJson = Object.assign(() => true, { errors: null });

const handler = createRouter({
  service: 'release-check',
  routes: [
    route('POST /echo', {
      body: anyJson,
      handler: async ({ body }) => ({ status: 200, body: { received: body.text.length } }),
    }),
  ],
});

/** An API Gateway HTTP API (payload 2.0) request, as the service's router receives it. */
const post = async (text) => {
  const event = {
    version: '2.0',
    routeKey: 'POST /echo',
    rawPath: '/echo',
    rawQueryString: '',
    headers: { 'content-type': 'application/json' },
    requestContext: { http: { method: 'POST', path: '/echo' }, requestId: 'release-check' },
    body: JSON.stringify({ text }),
    isBase64Encoded: false,
  };
  const context = { awsRequestId: 'release-check', getRemainingTimeInMillis: () => 30_000 };
  const response = await handler(event, context);
  return response.statusCode;
};

const example = findEntry('OrderPlaced', 1).examples[0].event;
const placed = createEvent(OrderPlacedV1, example.data, { source: 'orders', correlationId: example.correlationId });
// The publishers' subpath imports the service's own @aws-sdk/client-sns (a peer); built, never called.
createSnsPublisher({ topicArn: 'arn:aws:sns:us-east-1:000000000000:orders-events' });

console.log(
  JSON.stringify({
    sharedCore: installed('@commerce/shared-core'),
    contracts: installed('@commerce/contracts'),
    maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
    // 40 KiB: inside 1.x's 64 KiB bound, over the 32 KiB bound of the 2.0.0 the test releases.
    status40KiB: await post('x'.repeat(40 * 1024)),
    status1KiB: await post('x'.repeat(1024)),
    event: { type: placed.type, version: placed.version, correlationId: placed.correlationId },
  }),
);
