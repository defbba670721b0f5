import fc from 'fast-check';
import { fitsTheGateway, type BodySpec, type FuzzRequest } from './http.js';
import {
  contentType,
  oddHeaders,
  oddSegment,
  printable,
  queryOf,
  strayParams,
  undeclaredMethod,
} from './request-parts.js';
import { badOrder, badSku, badStockUpdate, fuzzSku, stockUpdate, validOrder } from './route-bodies.js';
import { forgedCursor, listQuery, oddIdQuery } from './route-queries.js';

/** One route of one service and the requests tried on it. */
export interface RouteFuzz {
  service: 'orders' | 'inventory' | 'payments' | 'notifications' | 'analytics' | 'platform';
  key: string;
  requests: fc.Arbitrary<FuzzRequest>;
  /** The route answers 200 with an HTML page, not JSON. */
  page?: boolean;
}

/** A JSON request, with the content type a client declares (mostly JSON, so the body is read). */
const withBody = (method: string, target: fc.Arbitrary<string>, body: fc.Arbitrary<BodySpec>, bad: boolean) =>
  fc
    .record({
      target,
      body,
      type: fc.oneof({ weight: 4, arbitrary: fc.constant('application/json') }, contentType),
      headers: oddHeaders,
    })
    .map(({ target, body, type, headers }) => ({
      method,
      target,
      body,
      headers: { ...headers, ...(type === undefined ? {} : { 'content-type': type }) },
      bad,
    }));

/** A request without a body (a GET, or a method the path does not declare). */
const withoutBody = (method: fc.Arbitrary<string>, target: fc.Arbitrary<string>, bad: boolean) =>
  fc.record({ method, target, headers: oddHeaders }).map((request) => ({ ...request, bad }));

/** Any path's requests, plus methods it does not declare (API Gateway's own 404). */
const orUndeclared = (path: fc.Arbitrary<string>, declared: readonly string[], requests: fc.Arbitrary<FuzzRequest>) =>
  fc.oneof({ weight: 9, arbitrary: requests }, withoutBody(undeclaredMethod(declared), path, true));

const idPath = (prefix: string) => fc.oneof(oddSegment, fc.uuid()).map((id) => `${prefix}/${id}`);

const routes: readonly RouteFuzz[] = [
  {
    service: 'orders',
    key: 'POST /orders',
    requests: orUndeclared(
      fc.constant('/orders'),
      ['GET', 'POST'],
      fc.oneof(
        {
          weight: 8,
          arbitrary: withBody('POST', fc.constant('/orders'), badOrder, true),
        },
        // A valid order with odd headers (an Idempotency-Key of any kind): placed, or refused, never a 5xx.
        {
          weight: 1,
          arbitrary: withBody(
            'POST',
            fc.constant('/orders'),
            validOrder.map((json) => ({ json })),
            false,
          ),
        },
      ),
    ),
  },
  {
    service: 'orders',
    key: 'GET /orders/{orderId}',
    requests: orUndeclared(idPath('/orders'), ['GET'], withoutBody(fc.constant('GET'), idPath('/orders'), true)),
  },
  { service: 'orders', key: 'GET /orders', requests: listQuery(forgedCursor) },
  {
    service: 'inventory',
    key: 'GET /inventory/{sku}',
    requests: withoutBody(
      fc.constant('GET'),
      fc.oneof(badSku, fuzzSku, oddSegment).map((sku) => `/inventory/${sku}`),
      true,
    ),
  },
  {
    service: 'inventory',
    key: 'PUT /inventory/{sku}',
    requests: orUndeclared(
      fuzzSku.map((sku) => `/inventory/${sku}`),
      ['GET', 'PUT'],
      fc.oneof(
        withBody(
          'PUT',
          badSku.map((sku) => `/inventory/${sku}`),
          stockUpdate.map((json) => ({ json })),
          true,
        ),
        {
          weight: 4,
          arbitrary: withBody(
            'PUT',
            fuzzSku.map((sku) => `/inventory/${sku}`),
            badStockUpdate,
            true,
          ),
        },
      ),
    ),
  },
  {
    service: 'payments',
    key: 'GET /payments/{orderId}',
    requests: orUndeclared(idPath('/payments'), ['GET'], withoutBody(fc.constant('GET'), idPath('/payments'), true)),
  },
  { service: 'notifications', key: 'GET /notifications', requests: oddIdQuery('/notifications', 'orderId', fc.uuid()) },
  { service: 'platform', key: 'GET /events', requests: oddIdQuery('/events', 'correlationId', printable(1, 128)) },
  {
    service: 'analytics',
    key: 'GET /analytics/summary',
    requests: orUndeclared(
      fc.constant('/analytics/summary'),
      ['GET'],
      withoutBody(
        fc.constant('GET'),
        strayParams.map((pairs) => `/analytics/summary${queryOf(pairs)}`),
        false,
      ),
    ),
  },
  {
    service: 'analytics',
    key: 'GET /dashboard',
    page: true,
    requests: orUndeclared(
      fc.constant('/dashboard'),
      ['GET'],
      withoutBody(
        fc.constant('GET'),
        strayParams.map((pairs) => `/dashboard${queryOf(pairs)}`),
        false,
      ),
    ),
  },
];

/** Every route of every service, with the requests tried on it. */
export const ROUTES: readonly RouteFuzz[] = routes.map((route) => ({
  ...route,
  requests: route.requests.filter(fitsTheGateway),
}));
