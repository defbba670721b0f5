/**
 * The awsQuery front of the engine: reads the form body, runs the named action, and answers in
 * XML, errors included, so the SDK client raises its typed exceptions. Every request is answered:
 * an unknown action gets InvalidAction at once, an unexpected throw a 500 (its detail on stderr).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from '../../edge/emulated-service.js';
import { readBody } from '../../edge/read-body.js';
import type { ActionTable } from './actions.js';
import { QueryParams } from './query-params.js';
import { SnsError, toSnsError } from './sns-error.js';
import { writeError, writeResult } from './write-response.js';

const searchOf = (request: IncomingMessage): string => new URL(request.url ?? '/', 'http://local').search;

export const createQueryHandler =
  (actions: ActionTable): RequestHandler =>
  async (request, response) => {
    const requestId = randomUUID();
    const params = QueryParams.parse(await readBody(request), searchOf(request));
    const action = params.get('Action') ?? '';
    try {
      const handle = Object.hasOwn(actions, action) ? actions[action] : undefined;
      if (!handle) {
        throw new SnsError('InvalidAction', `The action ${action || '(none)'} is not valid for this web service.`);
      }
      writeResult(response, action, requestId, await handle(params));
    } catch (thrown) {
      const error = toSnsError(thrown);
      if (!error.expose) process.stderr.write(`local-cloud sns: ${action} failed: ${String(error.cause)}\n`);
      writeError(response, requestId, error);
    }
  };
