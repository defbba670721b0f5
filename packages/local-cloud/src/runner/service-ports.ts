/**
 * The fixed local ports of each service, documented in the README. Each `sls offline` serves HTTP
 * on its port, the Lambda Invoke API (which the local cloud's event source mappings call) 100
 * above, and its unused WebSocket server 200 above, so no two services collide on
 * serverless-offline's defaults (3000/3001/3002).
 */
export const DEFAULT_HTTP_PORTS: Readonly<Record<string, number>> = {
  orders: 3001,
  inventory: 3002,
  payments: 3003,
  notifications: 3004,
  analytics: 3005,
  platform: 3006,
};

/** Services not in the table (a newly scaffolded one) get ports from here up, in name order. */
const FIRST_UNLISTED_PORT = 3011;

export interface ServicePorts {
  http: number;
  lambda: number;
  websocket: number;
}

/** `COMMERCE_PORT_ORDERS=4001` moves orders; names are upper-cased, `-` becomes `_`. */
export const portVariableOf = (service: string): string =>
  `COMMERCE_PORT_${service.toUpperCase().replaceAll('-', '_')}`;

const parsePort = (variable: string, text: string): number => {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1024 || port > 65_235) {
    throw new Error(`${variable}=${text} is not a port between 1024 and 65235 (its Lambda port is 100 above)`);
  }
  return port;
};

/** The ports of every service, from the table, the environment, or assigned in name order. */
export const assignPorts = (
  services: readonly string[],
  environment: NodeJS.ProcessEnv = process.env,
): Map<string, ServicePorts> => {
  let next = FIRST_UNLISTED_PORT;
  const assigned = new Map<string, ServicePorts>();
  for (const service of [...services].sort()) {
    const variable = portVariableOf(service);
    const override = environment[variable];
    const http = override ? parsePort(variable, override) : (DEFAULT_HTTP_PORTS[service] ?? next++);
    assigned.set(service, { http, lambda: http + 100, websocket: http + 200 });
  }
  const taken = new Map<number, string>();
  for (const [service, { http }] of assigned) {
    const other = taken.get(http);
    if (other) throw new Error(`${service} and ${other} are both on port ${http}; set ${portVariableOf(service)}`);
    taken.set(http, service);
  }
  return assigned;
};
