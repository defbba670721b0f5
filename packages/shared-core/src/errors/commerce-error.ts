import { ERROR_STATUS, type ErrorCode } from './codes.js';

export interface CommerceErrorOptions<TDetails> extends ErrorOptions {
  /** Structured, client-safe details (validation issues, the conflicting id, ...). */
  details?: TDetails;
  /**
   * Whether trying again can succeed. Receivers send a non-retryable failure to the DLQ through the
   * normal redrive and log it as permanent. Defaults to true for 5xx codes and false for 4xx codes.
   */
  retryable?: boolean;
}

/**
 * The one base error of the platform. Subclasses set `name` and a fixed `code`; the status follows
 * from the code. `expose` is true for 4xx: only then may `message` and `details` reach a client.
 *
 * @example
 * throw new NotFoundError(`order ${orderId} not found`, { details: { orderId } });
 */
export class CommerceError<TDetails = unknown> extends Error {
  override name = 'CommerceError';
  readonly code: ErrorCode;
  readonly status: number;
  readonly expose: boolean;
  readonly retryable: boolean;
  readonly details: TDetails | undefined;

  constructor(code: ErrorCode, message: string, options: CommerceErrorOptions<TDetails> = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.expose = this.status < 500;
    this.retryable = options.retryable ?? this.status >= 500;
    this.details = options.details;
  }
}

/** Normalises anything thrown into a CommerceError; unknown throws become INTERNAL with the original as `cause`. */
export const toCommerceError = (thrown: unknown): CommerceError =>
  thrown instanceof CommerceError
    ? thrown
    : new CommerceError('INTERNAL', 'Internal error', { cause: thrown, retryable: true });
