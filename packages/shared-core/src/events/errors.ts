import { CommerceError, type ValidationIssue } from '../errors/index.js';

/**
 * A record that can never be processed (unreadable, unknown type or version, invalid against its
 * contract). Not retryable: the receiver reports it failed, and SQS's redrive moves it to the DLQ.
 */
export class PoisonRecordError extends CommerceError<{ issues?: ValidationIssue[]; eventId?: string }> {
  override name = 'PoisonRecordError';
  constructor(
    code: 'INVALID_EVENT' | 'UNKNOWN_EVENT',
    message: string,
    options: { issues?: ValidationIssue[]; eventId?: string; cause?: unknown } = {},
  ) {
    super(code, message, {
      retryable: false,
      cause: options.cause,
      details: { issues: options.issues, eventId: options.eventId },
    });
  }
}
