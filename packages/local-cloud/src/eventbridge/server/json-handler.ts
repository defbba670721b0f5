/**
 * The awsJson1_1 front of the engine, as `@aws-sdk/client-eventbridge` speaks it: a POST naming
 * its action in `X-Amz-Target: AWSEvents.<Action>`, JSON in and out, errors as `{__type, message}`
 * with their status. Every request is answered: an unknown action gets UnknownOperationException,
 * an unexpected throw a 500 without internals (its detail on stderr).
 */
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { RequestHandler } from '../../edge/emulated-service.js';
import { readBody } from '../../edge/read-body.js';
import type { ActionTable } from './actions.js';
import { EventBridgeError, toEventBridgeError } from './eventbridge-error.js';
import { RequestFields } from './request-fields.js';

const TARGET_PREFIX = 'AWSEvents.';

const send = (response: ServerResponse, status: number, body: object): void => {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/x-amz-json-1.1',
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': randomUUID(),
  });
  response.end(text);
};

export const createJsonHandler =
  (actions: ActionTable): RequestHandler =>
  async (request, response) => {
    const target = String(request.headers['x-amz-target'] ?? '');
    const name = target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : '';
    try {
      const action = Object.hasOwn(actions, name) ? actions[name] : undefined;
      if (!action) {
        throw new EventBridgeError(
          'UnknownOperationException',
          `The local EventBridge does not serve ${target || 'this request'}`,
        );
      }
      send(response, 200, await action(RequestFields.parse(await readBody(request))));
    } catch (thrown) {
      const error = toEventBridgeError(thrown);
      if (!error.expose) process.stderr.write(`local-cloud events: ${name} failed: ${String(error.cause)}\n`);
      const message = error.expose ? error.message : 'The local EventBridge engine failed; see its stderr';
      send(response, error.status, { __type: error.code, message });
    }
  };
