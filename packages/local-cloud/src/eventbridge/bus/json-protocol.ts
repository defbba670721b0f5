import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from '../../edge/emulated-service.js';
import { EventBridgeError } from './eventbridge-error.js';

export type JsonRequest = Record<string, unknown>;
export type Action = (input: JsonRequest) => unknown;

const readBody = async (request: IncomingMessage): Promise<JsonRequest> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    const body: unknown = JSON.parse(text || '{}');
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as JsonRequest;
  } catch {
    // Answered below, as for a body that is not an object.
  }
  throw new EventBridgeError('SerializationException', 'The request body is not a JSON object');
};

const send = (response: ServerResponse, status: number, body: unknown): void => {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/x-amz-json-1.1',
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': randomUUID(),
  });
  response.end(text);
};

/**
 * awsJson1_1 as `@aws-sdk/client-eventbridge` speaks it: the action in `X-Amz-Target:
 * AWSEvents.<Action>`, JSON in and out, errors as `{__type, message}`. An error of ours that is
 * not an EventBridgeError is a 500 without internals.
 */
export const createJsonHandler =
  (actions: Readonly<Record<string, Action>>): RequestHandler =>
  async (request, response) => {
    const target = String(request.headers['x-amz-target'] ?? '');
    const action = actions[target.replace(/^AWSEvents\./, '')];
    try {
      if (!target.startsWith('AWSEvents.') || !action) {
        throw new EventBridgeError('UnknownOperationException', `The local cloud does not serve ${target || 'this'}`);
      }
      send(response, 200, await action(await readBody(request)));
    } catch (error) {
      if (error instanceof EventBridgeError) send(response, 400, { __type: error.code, message: error.message });
      else send(response, 500, { __type: 'InternalException', message: 'Internal failure' });
    }
  };
