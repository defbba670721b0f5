import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import type { SqsEvent } from './sqs-event.js';

/** What came of one synchronous invocation: the function's answer, or why there is none. */
export type InvocationOutcome = { kind: 'returned'; payload: string } | { kind: 'failed'; reason: string };

const decoder = new TextDecoder();

/**
 * The error type of a function error's payload (`{errorType, errorMessage, trace}`). Only the
 * type goes into logs: messages often quote the input, which may be customer data, and
 * `sls offline` prints the whole error next to the function anyway.
 */
const errorTypeOf = (payload: string): string | undefined => {
  try {
    const parsed: unknown = JSON.parse(payload);
    const type = typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'errorType') : undefined;
    return typeof type === 'string' ? type : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Invokes the function as the SQS poller does: RequestResponse, the event as JSON. A function
 * error (the `X-Amz-Function-Error` header, `FunctionError` in the SDK) and a failed call are both
 * a failed invocation, as https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html
 * treats them.
 *
 * @internal
 */
export const invokeFunction = async (
  lambda: LambdaClient,
  functionName: string,
  event: SqsEvent,
): Promise<InvocationOutcome> => {
  try {
    const response = await lambda.send(
      new InvokeCommand({
        FunctionName: functionName,
        InvocationType: 'RequestResponse',
        Payload: new TextEncoder().encode(JSON.stringify(event)),
      }),
    );
    const payload = response.Payload ? decoder.decode(response.Payload) : '';
    if (response.FunctionError) {
      const errorType = errorTypeOf(payload);
      return {
        kind: 'failed',
        reason: `function error ${response.FunctionError}${errorType ? ` (${errorType})` : ''}`,
      };
    }
    return { kind: 'returned', payload };
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { kind: 'failed', reason: `invoke failed (${reason})` };
  }
};
