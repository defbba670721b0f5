/**
 * The error codes the engine answers with, each with the HTTP status AWS gives it. The codes are
 * the awsQuery codes of the SNS API model (what `@aws-sdk/client-sns` maps back to its exception
 * classes, e.g. `NotFound` to `NotFoundException`); a new code without a status fails to compile.
 */
const STATUS_OF = {
  InvalidAction: 400,
  ValidationError: 400,
  InvalidParameter: 400,
  ParameterValueInvalid: 400,
  NotFound: 404,
  EmptyBatchRequest: 400,
  TooManyEntriesInBatchRequest: 400,
  BatchEntryIdsNotDistinct: 400,
  BatchRequestTooLong: 400,
  InvalidBatchEntryId: 400,
  InternalError: 500,
} as const satisfies Record<string, number>;

export type SnsErrorCode = keyof typeof STATUS_OF;

/**
 * An error SNS would answer a request with. `expose` follows the edge's rule: client errors carry
 * their message, a 500 never leaks internals.
 *
 * @example
 * throw new SnsError('NotFound', 'Topic does not exist');
 */
export class SnsError extends Error {
  override name = 'SnsError';
  readonly status: number;
  /** `Sender` for the caller's mistakes, `Receiver` for ours: the `Type` of AWS's ErrorResponse. */
  readonly fault: 'Sender' | 'Receiver';

  constructor(
    readonly code: SnsErrorCode,
    message: string,
    options: ErrorOptions = {},
  ) {
    super(message, options);
    this.status = STATUS_OF[code];
    this.fault = this.status < 500 ? 'Sender' : 'Receiver';
  }

  get expose(): boolean {
    return this.status < 500;
  }
}

/** AWS's wording for a missing topic, on every action that names one. */
export const topicNotFound = (): SnsError => new SnsError('NotFound', 'Topic does not exist');

export const subscriptionNotFound = (): SnsError => new SnsError('NotFound', 'Subscription does not exist');

/** `Invalid parameter: <what>`, the shape of every InvalidParameter message SNS sends. */
export const invalidParameter = (what: string): SnsError =>
  new SnsError('InvalidParameter', `Invalid parameter: ${what}`);

/** Any throw that is not an SnsError, normalised once at the service's edge. @internal */
export const toSnsError = (error: unknown): SnsError =>
  error instanceof SnsError ? error : new SnsError('InternalError', 'Internal error', { cause: error });
