import type { HttpMethod, Route } from './route.js';

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

export type MatchResult = { found: RouteMatch } | { allowed: HttpMethod[] } | { none: true };

interface CompiledRoute {
  route: Route;
  method: HttpMethod;
  pattern: RegExp;
  names: string[];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const compile = (route: Route): CompiledRoute => {
  const [method, path] = route.key.split(' ') as [HttpMethod, string];
  const names: string[] = [];
  const source = path
    .split('/')
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (!param) return escapeRegExp(segment);
      names.push(param[1] as string);
      return '([^/]+)';
    })
    .join('/');
  return { route, method, pattern: new RegExp(`^${source}/?$`), names };
};

const decode = (value: string): string | undefined => {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
};

/**
 * Builds the matcher once per router (at cold start), not per request.
 * API Gateway already resolved the route when `routeKey` names one of ours; otherwise (a `$default`
 * or proxy route, or a local emulator) the raw path is matched against the templates.
 */
/** Literal segments before `{params}`, segment by segment, as API Gateway prefers the most specific route. */
const bySpecificity = (a: CompiledRoute, b: CompiledRoute): number => {
  const segments = (entry: CompiledRoute) => entry.route.key.split(' ')[1]?.split('/') ?? [];
  const [left, right] = [segments(a), segments(b)];
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    const leftParam = left[index]?.startsWith('{') ?? false;
    const rightParam = right[index]?.startsWith('{') ?? false;
    if (leftParam !== rightParam) return leftParam ? 1 : -1;
  }
  return 0;
};

/**
 * Builds the matcher once per router (at cold start), not per request.
 * API Gateway already resolved the route when `routeKey` names one of ours and supplies its path
 * parameters; otherwise (a `$default` or proxy route, a local emulator, or a routeKey without the
 * parameters) the raw path is matched against the templates, most specific first.
 */
export const createMatcher = (routes: readonly Route[]) => {
  const byKey = new Map<string, CompiledRoute>();
  for (const route of routes) {
    if (byKey.has(route.key)) throw new Error(`Route "${route.key}" is declared twice`);
    byKey.set(route.key, compile(route));
  }
  const compiled = [...byKey.values()].sort(bySpecificity);

  return (
    method: string,
    path: string,
    routeKey?: string,
    pathParameters?: Record<string, string | undefined>,
  ): MatchResult => {
    const keyed = routeKey ? byKey.get(routeKey) : undefined;
    if (keyed && keyed.names.every((name) => pathParameters?.[name] !== undefined)) {
      // Trust API Gateway's match: rawPath may carry a stage prefix the templates do not.
      const params = Object.fromEntries(keyed.names.map((name) => [name, pathParameters?.[name] as string]));
      return { found: { route: keyed.route, params } };
    }
    const allowed: HttpMethod[] = [];
    for (const entry of compiled) {
      const found = entry.pattern.exec(path);
      if (!found) continue;
      if (entry.method !== method) {
        allowed.push(entry.method);
        continue;
      }
      const params: Record<string, string> = {};
      for (const [index, name] of entry.names.entries()) {
        const value = decode(found[index + 1] as string);
        if (value === undefined) return { none: true };
        params[name] = value;
      }
      return { found: { route: entry.route, params } };
    }
    return allowed.length > 0 ? { allowed } : { none: true };
  };
};
