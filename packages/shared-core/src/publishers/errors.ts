import { CommerceError } from '../errors/index.js';

export interface UnpublishedEvent {
  id: string;
  errorCode: string;
  errorMessage?: string;
}

/**
 * Some events were not published after every attempt. Retryable: a receiver reports its record
 * failed so the whole step runs again; the events' ids make re-publishing a duplicate, not a loss.
 */
export class PublishError extends CommerceError<{ unpublished: UnpublishedEvent[] }> {
  override name = 'PublishError';
  constructor(
    message: string,
    unpublished: UnpublishedEvent[],
    options: { cause?: unknown; retryable?: boolean } = {},
  ) {
    super('PUBLISH_FAILED', `${message}: ${unpublished.map((event) => event.id).join(', ')}`, {
      details: { unpublished },
      retryable: options.retryable ?? true,
      cause: options.cause,
    });
  }
}
