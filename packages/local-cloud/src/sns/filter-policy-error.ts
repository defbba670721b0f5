/**
 * A filter policy that SNS would refuse on Subscribe or SetSubscriptionAttributes. The emulator
 * answers it as AWS does: HTTP 400, error code `InvalidParameter`, and `message`, which follows
 * SetSubscriptionAttributes' wording (`Invalid parameter: FilterPolicy: <reason>`). Subscribe words
 * the same reason as `Invalid parameter: Attributes Reason: FilterPolicy: <reason>`, so `reason`
 * is kept apart for the handler to phrase.
 *
 * @example
 * try {
 *   parseFilterPolicy('{"price": [{"numeric": ["<", "100"]}]}', 'MessageAttributes');
 * } catch (error) {
 *   if (error instanceof FilterPolicyError) return awsError(400, error.code, error.message);
 *   throw error;
 * }
 */
export class FilterPolicyError extends Error {
  override name = 'FilterPolicyError';
  /** The AWS error code SNS returns for it. */
  readonly code = 'InvalidParameter';
  /** What is wrong, without AWS's `Invalid parameter: FilterPolicy:` prefix. */
  readonly reason: string;

  constructor(reason: string, options: ErrorOptions = {}) {
    super(`Invalid parameter: FilterPolicy: ${reason}`, options);
    this.reason = reason;
  }
}
