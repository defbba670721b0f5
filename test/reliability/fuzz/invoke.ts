import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import type { textRecord } from '@commerce/testing';

type SQSRecord = ReturnType<typeof textRecord>;

/** What a receiver made of one batch: the records it reported failed, or how the whole batch crashed. */
export type BatchOutcome = { failed: string[] } | { crashed: string };

/**
 * Delivers one batch to a receiver as its event source mapping does: a synchronous invocation of
 * the function `sls offline` serves, the SQS event as the payload. A function error is a crash of
 * the whole batch (every record would come back, the valid ones too).
 */
export const deliverBatch = async (
  lambda: LambdaClient,
  functionName: string,
  records: readonly SQSRecord[],
): Promise<BatchOutcome> => {
  const response = await lambda.send(
    new InvokeCommand({
      FunctionName: functionName,
      Payload: new TextEncoder().encode(JSON.stringify({ Records: records })),
    }),
  );
  const payload = new TextDecoder().decode(response.Payload);
  if (response.FunctionError) return { crashed: `${response.FunctionError}: ${payload.slice(0, 600)}` };
  const { batchItemFailures = [] } = (JSON.parse(payload || '{}') ?? {}) as {
    batchItemFailures?: { itemIdentifier: string }[];
  };
  return { failed: batchItemFailures.map((failure) => failure.itemIdentifier).sort() };
};
