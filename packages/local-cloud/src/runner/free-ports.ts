import { createServer } from 'node:net';
import type { ServicePorts } from './service-ports.js';
import { isListening } from './wait-for-port.js';

/** A port on 127.0.0.1 that nothing listened on a moment ago (the OS's choice for port 0). */
export const ephemeralPort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error())));
    });
  });

/**
 * Free ports for each service, laid out as the runner lays them out (HTTP, Lambda 100 above,
 * WebSocket 200 above), so a test never collides with a running `pnpm dev` or another test.
 */
export const freeServicePorts = async (services: readonly string[]): Promise<Map<string, ServicePorts>> => {
  const ports = new Map<string, ServicePorts>();
  const taken = new Set<number>();
  while (ports.size < services.length) {
    const http = await ephemeralPort();
    const block = [http, http + 100, http + 200];
    if (block.some((port) => port > 65_535 || taken.has(port))) continue;
    const busy = await Promise.all(block.slice(1).map((port) => isListening(port)));
    if (busy.some(Boolean)) continue;
    block.forEach((port) => taken.add(port));
    ports.set(services[ports.size] as string, { http, lambda: http + 100, websocket: http + 200 });
  }
  return ports;
};
