import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ValidationError } from '@commerce/shared-core';
import type { Caller } from '../domain/order-queries.js';

/** Printable ASCII without spaces, as Idempotency-Key values are (a UUID, typically). */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * The JWT subject API Gateway's JWT authorizer verified (deployed stages). Locally no authorizer
 * runs and there are no claims: the caller is unknown and not checked (see the README).
 */
export const callerOf = (event: APIGatewayProxyEventV2): Caller => {
  const { authorizer } = event.requestContext as { authorizer?: { jwt?: { claims?: Record<string, unknown> } } };
  const subject = authorizer?.jwt?.claims?.['sub'];
  return typeof subject === 'string' ? subject : undefined;
};

export const idempotencyKeyOf = (headers: Readonly<Record<string, string | undefined>>): string | undefined => {
  const key = headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw new ValidationError('Idempotency-Key must be 1 to 255 printable characters without spaces', [
      { path: '/headers/idempotency-key', message: 'must be 1 to 255 printable ASCII characters, no spaces' },
    ]);
  }
  return key;
};
