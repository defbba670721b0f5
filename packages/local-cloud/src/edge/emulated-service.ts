import type { IncomingMessage, ServerResponse } from 'node:http';

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

/** What every emulated service is told when the edge has its port. */
export interface EdgeContext {
  /** The edge's own URL; engines that deliver to another service (SNS to SQS) call it like any SDK client. */
  readonly url: string;
  readonly region: string;
  readonly accountId: string;
}

/** One AWS service behind the edge: it answers the requests signed for it. */
export interface EmulatedService {
  readonly handle: RequestHandler;
  stop?(): void | Promise<void>;
}

/**
 * Builds a service once the edge listens: queue URLs and delivery clients need the real port.
 * Keyed by the SigV4 signing name (`sqs`, `dynamodb`, `sns`, `events`).
 */
export type ServiceFactory = (context: EdgeContext) => EmulatedService | Promise<EmulatedService>;
