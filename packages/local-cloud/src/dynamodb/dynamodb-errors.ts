/**
 * The error codes the engines answer with or pass on from dynalite, each with its HTTP status;
 * a new code without a status fails to compile. The codes are the shape names of the DynamoDB API
 * model, which `@aws-sdk/client-dynamodb` maps back to its exception classes.
 */
const STATUS_OF = {
  ValidationException: 400,
  SerializationException: 400,
  ResourceNotFoundException: 400,
  ResourceInUseException: 400,
  ConditionalCheckFailedException: 400,
  TransactionCanceledException: 400,
  IdempotentParameterMismatchException: 400,
  InternalServerError: 500,
} as const satisfies Record<string, number>;

export type DynamoDbErrorCode = keyof typeof STATUS_OF;

const isKnownCode = (code: string): code is DynamoDbErrorCode => Object.hasOwn(STATUS_OF, code);

/**
 * An error DynamoDB would answer a request with; `members` are the extra fields its shape carries
 * (a TransactionCanceledException's CancellationReasons).
 *
 * @example
 * throw new DynamoDbError('ValidationException', 'Transaction request cannot include multiple operations on one item');
 */
export class DynamoDbError extends Error {
  override name = 'DynamoDbError';
  readonly status: number;
  readonly members: Readonly<Record<string, unknown>>;

  constructor(
    readonly code: DynamoDbErrorCode,
    message: string,
    options: ErrorOptions & { members?: Readonly<Record<string, unknown>> } = {},
  ) {
    super(message, options);
    this.status = STATUS_OF[code];
    this.members = options.members ?? {};
  }

  get expose(): boolean {
    return this.status < 500;
  }

  /**
   * The JSON 1.0 error body. Validation errors come from the coral validation layer in AWS (and in
   * dynalite); the SDK reads only what follows the `#`.
   */
  toWire(): Record<string, unknown> {
    const namespace =
      this.code === 'ValidationException' ? 'com.amazon.coral.validate' : 'com.amazonaws.dynamodb.v20120810';
    return {
      __type: `${namespace}#${this.code}`,
      message: this.expose ? this.message : 'Internal server error',
      ...this.members,
    };
  }
}

export const validationError = (message: string): DynamoDbError => new DynamoDbError('ValidationException', message);

/** AWS's own wording, the same for a missing table on every operation. */
export const tableNotFound = (): DynamoDbError =>
  new DynamoDbError('ResourceNotFoundException', 'Requested resource not found');

/** An error body dynalite answered with, as the same error; a code we do not know becomes a 500. @internal */
export const fromWireError = (body: unknown, status: number): DynamoDbError => {
  const { __type, message } = (body ?? {}) as { __type?: unknown; message?: unknown };
  const code = String(__type ?? '').split('#')[1] ?? '';
  const text = typeof message === 'string' ? message : `dynalite answered ${status}`;
  return isKnownCode(code) ? new DynamoDbError(code, text) : new DynamoDbError('InternalServerError', text);
};

/** Any throw that is not a DynamoDbError, normalised once at the service's edge. @internal */
export const toDynamoDbError = (error: unknown): DynamoDbError =>
  error instanceof DynamoDbError ? error : new DynamoDbError('InternalServerError', String(error), { cause: error });
