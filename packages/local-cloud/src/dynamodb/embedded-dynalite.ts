import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';
import { fromWireError } from './dynamodb-errors.js';
import type { JsonObject } from './wire-types.js';

/** The DynamoDB JSON protocol's target prefix, as every SDK sends it in `x-amz-target`. */
export const TARGET_PREFIX = 'DynamoDB_20120810.';

/** One DynamoDB operation on dynalite, e.g. `call('GetItem', { TableName, Key })`. */
export type DynaliteCall = <Output = JsonObject>(operation: string, input: JsonObject) => Promise<Output>;

export interface EmbeddedDynalite {
  /** Serves a request from the edge as dynalite would, directly rather than through its port. */
  forward(request: IncomingMessage, response: ServerResponse): void;
  call: DynaliteCall;
  close(): Promise<void>;
}

/**
 * dynalite checks only that a signature is present, not that it is valid; these headers are the
 * least it accepts (see its index.js). @internal
 */
const internalHeaders = (operation: string): Record<string, string> => ({
  'content-type': 'application/x-amz-json-1.0',
  'x-amz-target': `${TARGET_PREFIX}${operation}`,
  'x-amz-date': '20000101T000000Z',
  authorization:
    'AWS4-HMAC-SHA256 Credential=local/20000101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
});

/**
 * An in-memory dynalite, fed the edge's requests directly, and listening on an ephemeral
 * 127.0.0.1 port for the transaction engine and TTL sweeper. The port is the one public way to
 * call dynalite: its actions and validations are internal modules, and faking IncomingMessage /
 * ServerResponse pairs would tie us to its stream handling. The engine speaks the wire JSON rather
 * than through an SDK client, so items and errors pass through exactly as dynalite has them.
 */
export const startEmbeddedDynalite = async (): Promise<EmbeddedDynalite> => {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;

  const call: DynaliteCall = async <Output>(operation: string, input: JsonObject) => {
    const response = await fetch(`http://127.0.0.1:${port}/`, {
      method: 'POST',
      headers: internalHeaders(operation),
      body: JSON.stringify(input),
    });
    const body: unknown = await response.json();
    if (!response.ok) throw fromWireError(body, response.status);
    return body as Output;
  };

  return {
    forward: (request, response) => void server.emit('request', request, response),
    call,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
};
