import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { CommerceError, ValidationError } from '../errors/index.js';
import { issuesOf, type SchemaValidator } from '../events/index.js';

/** Bodies above this are refused before parsing (API Gateway itself allows up to 10 MB). */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

const isJson = (contentType: string | undefined): boolean =>
  contentType !== undefined && /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(contentType.trim());

/**
 * The body as text. API Gateway always sends text (base64 when binary). serverless-offline parses
 * a JSON body and, when the value is falsy (`false`, `0`), hands over the value instead: read it
 * back as the JSON it was, so it meets the same validation instead of failing as a 500.
 */
const bodyText = (event: APIGatewayProxyEventV2): string => {
  const raw: unknown = event.body;
  if (raw === undefined || raw === null) return '';
  if (typeof raw !== 'string') return JSON.stringify(raw) ?? '';
  return event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
};

/** Reads, bounds, parses and validates a JSON body; each failure is a distinct 4xx the client can act on. */
export const parseBody = <T>(
  event: APIGatewayProxyEventV2,
  /** Request headers with lower-cased names. */
  headers: Readonly<Record<string, string | undefined>>,
  validate: SchemaValidator<T>,
  maxBytes: number,
): T => {
  const text = bodyText(event);
  if (Buffer.byteLength(text, 'utf8') > maxBytes) {
    throw new CommerceError('PAYLOAD_TOO_LARGE', `Request body exceeds ${maxBytes} bytes`);
  }
  if (text.trim() === '') {
    throw new ValidationError('A JSON request body is required', [{ path: '/', message: 'must be present' }]);
  }
  if (!isJson(headers['content-type'])) {
    throw new CommerceError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new CommerceError('MALFORMED_JSON', 'Request body is not valid JSON', { cause: error });
  }
  if (!validate(parsed)) throw new ValidationError('Request body is invalid', issuesOf(validate));
  return parsed;
};

/** Validates the query string; absent parameters are simply missing keys. */
export const parseQuery = <T>(event: APIGatewayProxyEventV2, validate: SchemaValidator<T>): T => {
  const query = { ...(event.queryStringParameters ?? {}) };
  if (!validate(query)) throw new ValidationError('Query parameters are invalid', issuesOf(validate));
  return query;
};
