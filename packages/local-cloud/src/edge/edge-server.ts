import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';
import { createRequestHandler } from 'local-aws-sqs';
import { serviceOf } from './service-of.js';

export interface EdgeOptions {
  /** 4566 by default, the port AWS_ENDPOINT_URL conventionally points at; 0 picks a free one. */
  port?: number;
}

export interface Edge {
  /** What AWS_ENDPOINT_URL should be set to. */
  url: string;
  stop(): Promise<void>;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

const notServed =
  (service: string | undefined): Handler =>
  (_request, response) => {
    response.writeHead(501, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        __type: 'NotImplemented',
        message: service
          ? `The local cloud does not serve "${service}" yet`
          : 'Unsigned request: the local cloud routes by the SigV4 credential scope',
      }),
    );
  };

/**
 * One endpoint for the local cloud, on 127.0.0.1 only. Each request goes to the engine of the
 * service its signature names: SQS to local-aws-sqs (mounted in-process), DynamoDB to dynalite
 * (in memory, fed requests directly rather than through a second port).
 *
 * @example
 * const edge = await startEdge({ port: 0 });
 * const sqs = new SQSClient({ endpoint: edge.url });
 */
export async function startEdge(options: EdgeOptions = {}): Promise<Edge> {
  const routes = new Map<string, Handler>();
  const server = createServer((request, response) => {
    const service = serviceOf(request);
    const handle = (service && routes.get(service)) || notServed(service);
    Promise.resolve(handle(request, response)).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ __type: 'InternalFailure', message: String(error) }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4566, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;

  // Queue URLs are built from the host and port, so SQS is mounted once the port is known.
  const sqs = createRequestHandler({ port, hostname: '127.0.0.1', emulateQueueCreationLifecycle: false });
  routes.set('sqs', sqs.requestHandler);
  const dynamo = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  routes.set('dynamodb', (request, response) => void dynamo.emit('request', request, response));

  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
