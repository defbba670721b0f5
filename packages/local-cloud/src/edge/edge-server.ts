import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LOCAL_ACCOUNT_ID, LOCAL_REGION } from '../local-account.js';
import { defaultServices } from './default-services.js';
import type { EmulatedService, RequestHandler, ServiceFactory } from './emulated-service.js';
import { RequestMeter } from './request-meter.js';
import { serviceOf } from './service-of.js';

export interface EdgeOptions {
  /** 4566 by default, the port AWS_ENDPOINT_URL conventionally points at; 0 picks a free one. */
  port?: number;
  /** The region ARNs are minted in; us-east-1 by default. */
  region?: string;
  /** Services to serve instead of, or besides, the defaults, by SigV4 signing name. */
  services?: Readonly<Record<string, ServiceFactory>>;
}

export interface Edge {
  /** What AWS_ENDPOINT_URL should be set to. */
  url: string;
  region: string;
  accountId: string;
  /** Every request served so far, by service, action and caller (tests and the cost model read it). */
  meter: RequestMeter;
  stop(): Promise<void>;
}

const notServed =
  (service: string | undefined): RequestHandler =>
  (_request, response) => {
    response.writeHead(501, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        __type: 'NotImplemented',
        message: service
          ? `The local cloud does not serve "${service}"`
          : 'Unsigned request: the local cloud routes by the SigV4 credential scope',
      }),
    );
  };

const internalFailure = (response: ServerResponse, error: unknown): void => {
  if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ __type: 'InternalFailure', message: String(error) }));
};

/**
 * One endpoint for the local cloud, on 127.0.0.1 only. Each request goes to the engine of the
 * service its signature names; the engines are built once the port is known, because queue URLs
 * and the clients engines deliver through (SNS to SQS) need it.
 *
 * @example
 * const edge = await startEdge({ port: 0 });
 * const sqs = new SQSClient({ endpoint: edge.url });
 */
export async function startEdge(options: EdgeOptions = {}): Promise<Edge> {
  const routes = new Map<string, EmulatedService>();
  const meter = new RequestMeter();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const service = serviceOf(request);
    // Counting never fails a request: a body the meter cannot read is the engine's to refuse.
    if (service && routes.has(service)) meter.observe(service, request).catch(() => undefined);
    const handle = (service && routes.get(service)?.handle) || notServed(service);
    try {
      Promise.resolve(handle(request, response)).catch((error: unknown) => internalFailure(response, error));
    } catch (error) {
      internalFailure(response, error);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4566, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const context = {
    url: `http://127.0.0.1:${port}`,
    region: options.region ?? LOCAL_REGION,
    accountId: LOCAL_ACCOUNT_ID,
  };

  const closeServer = () =>
    new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    });
  // Every service is stopped even when another fails to, and the server is closed after them all.
  const stop = async () => {
    const stopped = await Promise.allSettled([...routes.values()].map((service) => service.stop?.()));
    await closeServer();
    const failed = stopped.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  };
  try {
    for (const [name, create] of Object.entries({ ...defaultServices, ...options.services })) {
      routes.set(name, await create(context));
    }
  } catch (error) {
    // The services built before the failing one (dynalite's own server among them) stop too.
    await stop().catch(() => undefined);
    throw error;
  }

  return { ...context, meter, stop };
}
