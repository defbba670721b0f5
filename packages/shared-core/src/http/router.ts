import middy, { type MiddyfiedHandler } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { CommerceError, toCommerceError } from '../errors/index.js';
import { createLogger, type Logger } from '../logging/index.js';
import { DEFAULT_MAX_BODY_BYTES, parseBody, parseQuery } from './body.js';
import { correlationIdFrom } from './correlation.js';
import { createMatcher } from './match.js';
import { problemResponse } from './problem.js';
import type { Route, RouteResponse } from './route.js';

export interface RouterOptions {
  /** The owning service, on every log line. */
  service: string;
  routes: readonly Route[];
  logger?: Logger;
  maxBodyBytes?: number;
}

export type RouterHandler = MiddyfiedHandler<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, Context>;

/**
 * Sent on every response, error or not: the API answers JSON to programs, so nothing may sniff,
 * cache, frame or embed it, and browsers only ever reach it over HTTPS (API Gateway serves HTTPS
 * only). A route that serves a page (analytics' dashboard) replaces the CSP with its own.
 */
const BASE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
} as const;

const lowerCased = (headers: Record<string, string | undefined> | undefined) =>
  Object.fromEntries(Object.entries(headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));

const toResult = (response: RouteResponse, headers: Record<string, string>): APIGatewayProxyStructuredResultV2 => {
  // Handler header names are lower-cased so `Content-Type` replaces our default instead of doubling it.
  const own = lowerCased(response.headers) as Record<string, string>;
  if (response.text !== undefined) {
    return {
      statusCode: response.status,
      headers: { ...headers, 'content-type': 'text/plain; charset=utf-8', ...own },
      body: response.text,
    };
  }
  return {
    statusCode: response.status,
    headers:
      response.body === undefined ? { ...headers, ...own } : { ...headers, 'content-type': 'application/json', ...own },
    ...(response.body === undefined ? {} : { body: JSON.stringify(response.body) }),
  };
};

/**
 * The HTTP entry point of a service: an API Gateway HTTP API (payload v2) handler on middy that
 * matches the route table, parses and validates the request with validators compiled at build time,
 * calls the route's handler and formats its response. Every failure becomes an
 * `application/problem+json` response; every response carries `x-correlation-id`.
 * More middy middlewares can be added with `.use()`.
 *
 * @example
 * export const handler = createRouter({
 *   service: 'orders',
 *   routes: [route('POST /orders', { body: validateCreateOrder, handler: placeOrder })],
 * });
 */
/** What every step of one request needs; built once, in `before`, and read by `onError` too. */
interface RequestState {
  headers: Record<string, string | undefined>;
  correlationId: string;
  requestId: string;
  method: string;
  path: string;
  log: Logger;
  responseHeaders: Record<string, string>;
}

export function createRouter(options: RouterOptions): RouterHandler {
  const log = options.logger ?? createLogger({ service: options.service });
  const match = createMatcher(options.routes);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const states = new WeakMap<APIGatewayProxyEventV2, RequestState>();

  const stateOf = (event: APIGatewayProxyEventV2, context: Context): RequestState => {
    const known = states.get(event);
    if (known) return known;
    const headers = lowerCased(event.headers);
    const correlationId = correlationIdFrom(headers);
    const requestId = event.requestContext?.requestId ?? context.awsRequestId;
    const method = event.requestContext?.http?.method?.toUpperCase() ?? 'GET';
    const path = event.rawPath ?? '/';
    const state: RequestState = {
      headers,
      correlationId,
      requestId,
      method,
      path,
      log: log.child({ requestId, correlationId, method, path }),
      responseHeaders: { ...BASE_HEADERS, 'x-correlation-id': correlationId },
    };
    states.set(event, state);
    return state;
  };

  return middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, Context>()
    .handler(async (event, context) => {
      const {
        headers,
        correlationId,
        requestId,
        method,
        path,
        log: requestLog,
        responseHeaders,
      } = stateOf(event, context);
      const result = match(method, path, event.routeKey, event.pathParameters);
      if ('none' in result) throw new CommerceError('NOT_FOUND', `No route for ${method} ${path}`);
      if ('allowed' in result) {
        const allow = result.allowed.join(', ');
        responseHeaders['allow'] = allow;
        throw new CommerceError('METHOD_NOT_ALLOWED', `${method} is not allowed here; use ${allow}`);
      }
      const { route, params } = result.found;
      const { definition } = route;
      const response = await definition.handler({
        body: definition.body ? parseBody(event, headers, definition.body, maxBodyBytes) : undefined,
        query: definition.query ? parseQuery(event, definition.query) : { ...(event.queryStringParameters ?? {}) },
        params,
        headers,
        correlationId,
        requestId,
        log: requestLog,
        event,
        context,
      });
      requestLog.info({ status: response.status, route: route.key }, 'request handled');
      return toResult(response, responseHeaders);
    })
    .onError((request) => {
      // In onError, not a try/catch, so failures of middlewares a service adds with .use() and
      // middy's own timeout get the same problem+json answer and log line as the routes' own.
      const { path, correlationId, log: requestLog, responseHeaders } = stateOf(request.event, request.context);
      const thrown = request.error;
      const error = toCommerceError(thrown);
      if (error.status >= 500) requestLog.error({ err: thrown, status: error.status }, 'request failed');
      else requestLog.info({ status: error.status, code: error.code, detail: error.message }, 'request rejected');
      request.response = problemResponse(error, path, correlationId, responseHeaders);
    });
}
