import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '../edge/read-body.js';
import { DynamoDbError, toDynamoDbError } from './dynamodb-errors.js';
import { isJsonObject, type JsonObject } from './wire-types.js';

/** The request's JSON body; anything but a JSON object is a SerializationException, as on AWS. */
export const readJsonBody = async (request: IncomingMessage): Promise<JsonObject> => {
  const text = await readBody(request);
  try {
    const body: unknown = JSON.parse(text);
    if (isJsonObject(body)) return body;
  } catch {
    // Reported below, like a body that parses to something other than an object.
  }
  throw new DynamoDbError('SerializationException', 'Start of structure or map found where not expected');
};

export const sendJson = (response: ServerResponse, status: number, body: unknown): void => {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/x-amz-json-1.0',
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': randomUUID(),
  });
  response.end(text);
};

/** Any throw, answered the way DynamoDB answers that error (a 500 with no internals for ours). */
export const sendError = (response: ServerResponse, error: unknown): void => {
  const dynamoError = toDynamoDbError(error);
  sendJson(response, dynamoError.status, dynamoError.toWire());
};
