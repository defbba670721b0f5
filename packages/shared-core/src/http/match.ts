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
export const createMatcher = (routes: readonly Route[]) => {
  const compiled = routes.map(compile);
  const byKey = new Map(compiled.map((entry) => [entry.route.key as string, entry]));

  return (
    method: string,
    path: string,
    routeKey?: string,
    pathParameters?: Record<string, string | undefined>,
  ): MatchResult => {
    const keyed = routeKey ? byKey.get(routeKey) : undefined;
    if (keyed) {
      // Trust API Gateway's match: rawPath may carry a stage prefix the templates do not.
      const params = Object.fromEntries(keyed.names.map((name) => [name, pathParameters?.[name] ?? '']));
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
