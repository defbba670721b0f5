import { ListMessageMoveTasksCommand, StartMessageMoveTaskCommand, type SQSClient } from '@aws-sdk/client-sqs';

export interface RedriveResult {
  status: string;
  moved: number;
  /** Why SQS stopped, when it failed. */
  failureReason?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Moves every message of a DLQ back to the queue it came from (SQS's own redrive: StartMessageMoveTask
 * without a destination returns each message to its source queue), then waits for the move to end.
 * Run it after the cause is fixed: the consumer receives each message again as if new.
 *
 * @example
 * await redrive(sqs, 'arn:aws:sqs:us-east-1:123456789012:payments-prod-charge-dlq'); // { status: 'COMPLETED', moved: 3 }
 */
export const redrive = async (
  sqs: Pick<SQSClient, 'send'>,
  deadLetterQueueArn: string,
  { waitMs = 120_000, pollMs = 500 }: { waitMs?: number; pollMs?: number } = {},
): Promise<RedriveResult> => {
  const { TaskHandle } = await sqs.send(new StartMessageMoveTaskCommand({ SourceArn: deadLetterQueueArn }));
  const deadline = Date.now() + waitMs;
  for (;;) {
    const { Results = [] } = await sqs.send(
      new ListMessageMoveTasksCommand({ SourceArn: deadLetterQueueArn, MaxResults: 10 }),
    );
    const task = Results.find((result) => result.TaskHandle === TaskHandle) ?? Results[0];
    const status = task?.Status ?? 'UNKNOWN';
    if (status !== 'RUNNING' || Date.now() > deadline) {
      return {
        status,
        moved: task?.ApproximateNumberOfMessagesMoved ?? 0,
        ...(task?.FailureReason && { failureReason: task.FailureReason }),
      };
    }
    await sleep(pollMs);
  }
};
