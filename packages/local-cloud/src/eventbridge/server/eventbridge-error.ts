/**
 * The error codes the engine answers with, each with its HTTP status. EventBridge speaks
 * awsJson1_1 and its model gives its exceptions no status of their own, so every client error is
 * a 400 identified by `__type` (https://docs.aws.amazon.com/eventbridge/latest/APIReference/CommonErrors.html);
 * a new code without a status fails to compile.
 */
const STATUS_OF = {
  ValidationException: 400,
  ResourceNotFoundException: 400,
  ResourceAlreadyExistsException: 400,
  InvalidEventPatternException: 400,
  LimitExceededException: 400,
  SerializationException: 400,
  UnknownOperationException: 400,
  InternalException: 500,
} as const satisfies Record<string, number>;

export type EventBridgeErrorCode = keyof typeof STATUS_OF;

/**
 * An error EventBridge would answer a request with; the SDK raises it as the exception class of
 * its code. Client errors carry their message, a 500 never leaks internals.
 *
 * @example
 * throw new EventBridgeError('ResourceNotFoundException', 'Event bus orders does not exist.');
 */
export class EventBridgeError extends Error {
  override name = 'EventBridgeError';
  readonly status: number;

  constructor(
    readonly code: EventBridgeErrorCode,
    message: string,
    options: ErrorOptions = {},
  ) {
    super(message, options);
    this.status = STATUS_OF[code];
  }

  get expose(): boolean {
    return this.status < 500;
  }
}

export const validation = (message: string): EventBridgeError => new EventBridgeError('ValidationException', message);

export const notFound = (message: string): EventBridgeError =>
  new EventBridgeError('ResourceNotFoundException', message);

/** Any throw that is not an EventBridgeError, normalised once at the service's edge. @internal */
export const toEventBridgeError = (error: unknown): EventBridgeError =>
  error instanceof EventBridgeError
    ? error
    : new EventBridgeError('InternalException', 'Internal error', { cause: error });
