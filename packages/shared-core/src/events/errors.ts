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

/**
 * Every record of a batch failed. Thrown rather than returned so that a queue whose event source
 * mapping lacks ReportBatchItemFailures retries the batch instead of deleting it.
 */
export class BatchFailedError extends CommerceError<{ records: number }> {
  override name = 'BatchFailedError';
  constructor(records: number) {
    super('INTERNAL', `All ${records} record(s) of the batch failed; see the log lines above`, {
      retryable: true,
      details: { records },
    });
  }
}
