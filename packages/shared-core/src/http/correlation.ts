import { randomUUID } from 'node:crypto';

/** What we accept from a caller as a correlation id: short, printable ASCII, no spaces. */
const ACCEPTABLE_ID = /^[\x21-\x7e]{1,128}$/;

/**
 * The caller's `x-correlation-id` when it is usable, else a new one. An unusable header is replaced
 * rather than rejected: correlation is for tracing, and a bad header must not fail the request.
 */
export const correlationIdFrom = (headers: Readonly<Record<string, string | undefined>>): string => {
  const given = headers['x-correlation-id']?.trim();
  return given && ACCEPTABLE_ID.test(given) ? given : randomUUID();
};
