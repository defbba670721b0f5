/**
 * Every error code the platform uses, mapped to the HTTP status a router answers with.
 * `satisfies Record<ErrorCode, number>` makes a new code without a status a compile error.
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  MALFORMED_JSON: 400,
  VALIDATION_FAILED: 422,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  IDEMPOTENCY_KEY_REUSED: 409,
  IDEMPOTENCY_IN_PROGRESS: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNKNOWN_EVENT: 422,
  INVALID_EVENT: 422,
  CONFIG_INVALID: 500,
  INVALID_OUTGOING_EVENT: 500,
  PUBLISH_FAILED: 502,
  DEPENDENCY_UNAVAILABLE: 503,
  INTERNAL: 500,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Short human titles for problem+json responses (RFC 9457 `title`). */
export const ERROR_TITLE: Record<ErrorCode, string> = {
  BAD_REQUEST: 'Bad request',
  MALFORMED_JSON: 'Malformed JSON body',
  VALIDATION_FAILED: 'Validation failed',
  UNAUTHORIZED: 'Unauthorized',
  FORBIDDEN: 'Forbidden',
  NOT_FOUND: 'Not found',
  METHOD_NOT_ALLOWED: 'Method not allowed',
  CONFLICT: 'Conflict',
  IDEMPOTENCY_KEY_REUSED: 'Idempotency key reused with a different request',
  IDEMPOTENCY_IN_PROGRESS: 'A request with this idempotency key is in progress',
  PAYLOAD_TOO_LARGE: 'Payload too large',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported media type',
  UNKNOWN_EVENT: 'Unknown event type or version',
  INVALID_EVENT: 'Event does not match its contract',
  CONFIG_INVALID: 'Invalid configuration',
  INVALID_OUTGOING_EVENT: 'An event this service produced is invalid',
  PUBLISH_FAILED: 'Publishing events failed',
  DEPENDENCY_UNAVAILABLE: 'A dependency is unavailable',
  INTERNAL: 'Internal error',
};
