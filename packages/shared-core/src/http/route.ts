import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import type { SchemaValidator } from '../events/index.js';
import type { Logger } from '../logging/index.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** `METHOD /path/{param}`, the same key API Gateway HTTP APIs put in `routeKey`. */
export type RouteKey = `${HttpMethod} /${string}`;

/** `{orderId}` segments of a path template, as an object type: `'/orders/{orderId}'` -> `{ orderId: string }`. */
export type PathParams<Path extends string> = Path extends `${string}{${infer Name}}${infer Rest}`
  ? { [K in Name | keyof PathParams<Rest>]: string }
  : Record<never, string>;

export type ParamsOf<K extends RouteKey> = K extends `${HttpMethod} ${infer Path}` ? PathParams<Path> : never;

/** What a route handler receives: the request, already parsed and validated. */
export interface RouteRequest<TBody, TParams, TQuery> {
  body: TBody;
  params: TParams;
  query: TQuery;
  /** Header names are lower-cased, as API Gateway HTTP APIs deliver them. */
  headers: Readonly<Record<string, string | undefined>>;
  correlationId: string;
  requestId: string;
  /** A child logger carrying requestId and correlationId. */
  log: Logger;
  event: APIGatewayProxyEventV2;
  context: Context;
}

export interface RouteResponse {
  status: number;
  /** Serialised as JSON; omit for an empty body. */
  body?: unknown;
  /**
   * A body sent as it is, for what is not JSON (an HTML page, a CSV); its `content-type` comes from
   * `headers` (text/plain otherwise). Takes the place of `body`.
   */
  text?: string;
  headers?: Record<string, string>;
}

export interface RouteDefinition<K extends RouteKey, TBody, TQuery> {
  /** Validator compiled at build time from the body's JSON Schema; omit for routes without a body. */
  body?: SchemaValidator<TBody>;
  /** Validator for the query string (values are strings, as API Gateway delivers them). */
  query?: SchemaValidator<TQuery>;
  handler: (request: RouteRequest<TBody, ParamsOf<K>, TQuery>) => Promise<RouteResponse> | RouteResponse;
}

export interface Route {
  readonly key: RouteKey;
  readonly definition: RouteDefinition<RouteKey, unknown, unknown>;
}

/**
 * Declares one route. The path's `{params}` and the body's validator type the handler's request.
 *
 * @example
 * route('GET /orders/{orderId}', { handler: async ({ params }) => ({ status: 200, body: await get(params.orderId) }) });
 */
export const route = <const K extends RouteKey, TBody = undefined, TQuery = Record<string, string | undefined>>(
  key: K,
  definition: RouteDefinition<K, TBody, TQuery>,
): Route => ({ key, definition: definition as unknown as RouteDefinition<RouteKey, unknown, unknown> });
