/**
 * An EventBridge API error, answered as awsJson1_1 `{__type, message}`; the SDK raises it as the
 * exception class of that name. Every one EventBridge documents for these actions is a 400.
 * https://docs.aws.amazon.com/eventbridge/latest/APIReference/CommonErrors.html
 */
export type EventBridgeErrorCode =
  | 'ValidationException'
  | 'ResourceNotFoundException'
  | 'ResourceAlreadyExistsException'
  | 'InvalidEventPatternException'
  | 'LimitExceededException'
  | 'SerializationException'
  | 'UnknownOperationException';

export class EventBridgeError extends Error {
  override name = 'EventBridgeError';
  constructor(
    readonly code: EventBridgeErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const validation = (message: string) => new EventBridgeError('ValidationException', message);
export const notFound = (message: string) => new EventBridgeError('ResourceNotFoundException', message);
