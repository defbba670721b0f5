/**
 * One target of a PutTargets request, checked before it is stored
 * (https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_Target.html). A target the local
 * cloud cannot deliver to is refused in FailedEntries, never stored and ignored: only standard SQS
 * queues are served (FIFO queues need a MessageGroupId the queue delivery does not send), with
 * the whole event, a constant `Input` or an `InputPath`; input transformers are not served.
 * DeadLetterConfig and RetryPolicy are accepted and have no effect: a failed local delivery is
 * logged, not retried.
 */
import { applyInputPath, InputPathError } from '../input-path.js';
import { isSqsQueueArn, TARGET_ID } from './arns.js';
import type { Target } from './registry.js';
import type { RequestFields } from './request-fields.js';

/** A PutTargetsResultEntry for a target that was not put. */
export interface FailedTarget {
  readonly TargetId: string;
  readonly ErrorCode: string;
  readonly ErrorMessage: string;
}

const problemWith = (target: Target, request: RequestFields): string | undefined => {
  if (!isSqsQueueArn(target.Arn)) return `the local EventBridge delivers to SQS queues only, not to ${target.Arn}`;
  if (target.Arn.endsWith('.fifo')) return `the local EventBridge does not deliver to FIFO queues (${target.Arn})`;
  if (request.has('InputTransformer'))
    return 'the local EventBridge does not serve InputTransformer; use Input or InputPath';
  if (target.Input !== undefined && target.InputPath !== undefined) return 'Input and InputPath are mutually exclusive';
  if (target.Input !== undefined) {
    try {
      JSON.parse(target.Input);
    } catch {
      return `Input is not valid JSON text: ${target.Input}`;
    }
  }
  if (target.InputPath !== undefined) {
    try {
      applyInputPath(target.InputPath, {});
    } catch (error) {
      if (error instanceof InputPathError) return error.message;
      throw error;
    }
  }
  return undefined;
};

/** The target to store, or why it cannot be. */
export const targetOf = (request: RequestFields): Target | FailedTarget => {
  const target: Target = {
    Id: request.string('Id', TARGET_ID),
    Arn: request.string('Arn', { min: 1, max: 1600 }),
    Input: request.optionalString('Input', { min: 0, max: 8192 }),
    InputPath: request.optionalString('InputPath', { min: 0, max: 256 }),
  };
  const problem = problemWith(target, request);
  return problem === undefined
    ? target
    : { TargetId: target.Id, ErrorCode: 'ValidationException', ErrorMessage: problem };
};

export const isFailedTarget = (outcome: Target | FailedTarget): outcome is FailedTarget => 'ErrorCode' in outcome;
