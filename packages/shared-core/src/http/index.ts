export { createRouter, type RouterHandler, type RouterOptions } from './router.js';
export {
  route,
  type HttpMethod,
  type ParamsOf,
  type PathParams,
  type Route,
  type RouteDefinition,
  type RouteKey,
  type RouteRequest,
  type RouteResponse,
} from './route.js';
export { DEFAULT_MAX_BODY_BYTES } from './body.js';
export type { ProblemDetails } from './problem.js';
