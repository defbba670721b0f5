import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { ERROR_TITLE, type CommerceError } from '../errors/index.js';

/** RFC 9457 problem details, with our error code and correlation id as extension members. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  correlationId: string;
  errors?: unknown;
}

const typeUri = (code: string): string => `urn:commerce:problem:${code.toLowerCase().replaceAll('_', '-')}`;

/**
 * The response for a failed request. Only exposed (4xx) errors show their message and details; a
 * 5xx shows its fixed code and title and a generic detail, whatever was thrown, so no internals leak.
 */
export const problemResponse = (
  error: CommerceError,
  instance: string,
  correlationId: string,
  headers: Record<string, string>,
): APIGatewayProxyStructuredResultV2 => {
  const problem: ProblemDetails = {
    type: typeUri(error.code),
    title: ERROR_TITLE[error.code],
    status: error.status,
    detail: error.expose
      ? error.message
      : 'The request could not be completed. Quote the correlation id when reporting it.',
    instance,
    code: error.code,
    correlationId,
  };
  const issues = (error.details as { issues?: unknown } | undefined)?.issues;
  if (error.expose && issues !== undefined) problem.errors = issues;
  return {
    statusCode: error.status,
    headers: { ...headers, 'content-type': 'application/problem+json' },
    body: JSON.stringify(problem),
  };
};
