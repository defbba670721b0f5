import { CommerceError, InvalidOutgoingEventError, type ValidationIssue } from '../errors/index.js';

/** One event that AWS did not accept, and why. */
export interface UnpublishedEvent {
  /** The envelope id. */
  id: string;
  /** AWS's error code (`InternalError`, `ThrottlingException`, ...), the SDK error's name, or `NotAttempted`. */
  errorCode: string;
  errorMessage?: string;
  /** False when sending this event again cannot succeed (an SNS sender fault, a malformed entry). */
  retryable: boolean;
}

/** How many ids the message names; `details.unpublished` always has them all. */
const IDS_IN_MESSAGE = 5;

const summaryOf = (unpublished: readonly UnpublishedEvent[]): string => {
  const named = unpublished.slice(0, IDS_IN_MESSAGE).map((event) => `${event.id} (${event.errorCode})`);
  const more = unpublished.length - named.length;
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
};

/**
 * Some events were not published. Delivery is at least once and consumers are idempotent, so the
 * caller may publish all of them again: the ones that did get through become duplicates, not losses.
 * Retryable unless an event can never be accepted; a receiver then logs the record as permanent.
 *
 * @example
 * try {
 *   await publisher.publish(events);
 * } catch (error) {
 *   if (error instanceof PublishError) log.error({ unpublished: error.details?.unpublished }, error.message);
 *   throw error;
 * }
 */
export class PublishError extends CommerceError<{ destination: string; unpublished: UnpublishedEvent[] }> {
  override name = 'PublishError';
  constructor(destination: string, unpublished: UnpublishedEvent[], options: ErrorOptions = {}) {
    super(
      'PUBLISH_FAILED',
      `${unpublished.length} event(s) not published to ${destination}: ${summaryOf(unpublished)}`,
      {
        cause: options.cause,
        details: { destination, unpublished },
        retryable: unpublished.every((event) => event.retryable),
      },
    );
  }
}

/**
 * An event that AWS would refuse whatever the attempt (over 256 KiB, an id used twice in one call,
 * an id SNS cannot batch). Thrown before any call, so nothing of that `publish` went out.
 * `details.issues[].path` is the event's position in the call (`/0`, `/1`, ...).
 *
 * @example
 * await expect(publisher.publish(huge)).rejects.toBeInstanceOf(UnpublishableEventError);
 */
export class UnpublishableEventError extends InvalidOutgoingEventError {
  override name = 'UnpublishableEventError';
  constructor(issues: ValidationIssue[]) {
    super(`${issues.length} event(s) cannot be published: ${issues.map((issue) => issue.message).join('; ')}`, issues);
  }
}
