/**
 * An event pattern that EventBridge would refuse on PutRule or TestEventPattern. The emulator
 * answers it as AWS does: HTTP 400, error code `InvalidEventPatternException`, and a message of
 * the form `Event pattern is not valid. Reason: <reason>`.
 *
 * Where AWS's reason is known, `reason` uses its wording (the reasons of EventBridge's matching
 * engine, Event Ruler, https://github.com/aws/event-ruler), without the JSON source location AWS
 * appends (`at [Source: ...; line: 1, column: 12]`).
 *
 * @example
 * try {
 *   parseEventPattern('{"source": "commerce.orders"}');
 * } catch (error) {
 *   if (error instanceof EventPatternError) return awsError(400, error.code, error.message);
 *   throw error;
 * }
 */
export class EventPatternError extends Error {
  override name = 'EventPatternError';
  /** The AWS error code EventBridge returns for it. */
  readonly code = 'InvalidEventPatternException';
  /** What is wrong, without AWS's `Event pattern is not valid. Reason:` prefix. */
  readonly reason: string;

  constructor(reason: string, options: ErrorOptions = {}) {
    super(`Event pattern is not valid. Reason: ${reason}`, options);
    this.reason = reason;
  }
}
