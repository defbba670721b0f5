import {
  GetQueueAttributesCommand,
  ListDeadLetterSourceQueuesCommand,
  ListQueuesCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';

export interface DeadLetterQueue {
  name: string;
  url: string;
  arn: string;
  /** Messages waiting: what an operator must look at. */
  waiting: number;
  /** Messages someone has received and not yet deleted or released (a `show` in progress, a redrive). */
  inFlight: number;
  /** The queues whose redrive policy sends their failures here, by name. */
  sources: string[];
}

type Sqs = Pick<SQSClient, 'send'>;

const nameOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);

/** Every queue URL, all pages (ListQueues answers at most 1000 at a time). */
const listQueueUrls = async (sqs: Sqs): Promise<string[]> => {
  const urls: string[] = [];
  let NextToken: string | undefined;
  do {
    const page = await sqs.send(new ListQueuesCommand({ MaxResults: 1000, NextToken }));
    urls.push(...(page.QueueUrls ?? []));
    NextToken = page.NextToken;
  } while (NextToken);
  return urls;
};

const sourcesOf = async (sqs: Sqs, url: string): Promise<string[]> => {
  const names: string[] = [];
  let NextToken: string | undefined;
  do {
    const page = await sqs.send(new ListDeadLetterSourceQueuesCommand({ QueueUrl: url, MaxResults: 1000, NextToken }));
    names.push(...(page.queueUrls ?? []).map(nameOf));
    NextToken = page.NextToken;
  } while (NextToken);
  return names.sort();
};

/**
 * The dead-letter queues of every service: queues named `<service>-<stage>-<receiver>-dlq`, as every
 * serverless.yml names them, with their depth and the queues that feed them. With `stage`, only
 * that stage's. A DLQ is counted by what SQS reports; the local cloud counts in-flight messages in
 * ApproximateNumberOfMessages too (see local-cloud's README), so in-flight is subtracted there.
 *
 * @example
 * await deadLetterQueues(new SQSClient({}), { stage: 'prod' }); // [{ name: 'payments-prod-charge-dlq', waiting: 2, ... }]
 */
export const deadLetterQueues = async (sqs: Sqs, { stage }: { stage?: string } = {}): Promise<DeadLetterQueue[]> => {
  const urls = (await listQueueUrls(sqs)).filter((url) => {
    const name = nameOf(url);
    // `<service>-<stage>-<receiver>-dlq`; a stage may contain dashes itself (pr-12).
    return name.endsWith('-dlq') && (stage === undefined || name.includes(`-${stage}-`));
  });
  const queues = await Promise.all(
    urls.map(async (url): Promise<DeadLetterQueue> => {
      const { Attributes = {} } = await sqs.send(
        new GetQueueAttributesCommand({
          QueueUrl: url,
          AttributeNames: ['QueueArn', 'ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
        }),
      );
      const inFlight = Number(Attributes.ApproximateNumberOfMessagesNotVisible ?? 0);
      const reported = Number(Attributes.ApproximateNumberOfMessages ?? 0);
      return {
        name: nameOf(url),
        url,
        arn: Attributes.QueueArn ?? '',
        waiting: isLocal(url) ? Math.max(0, reported - inFlight) : reported,
        inFlight,
        sources: await sourcesOf(sqs, url),
      };
    }),
  );
  return queues.sort((a, b) => b.waiting - a.waiting || a.name.localeCompare(b.name));
};

/** The local cloud serves queues on loopback; AWS never does. */
const isLocal = (url: string) => /^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url);

/** The DLQ called `name`, or an error that lists the ones there are. */
export const findDeadLetterQueue = async (sqs: Sqs, name: string): Promise<DeadLetterQueue> => {
  const queues = await deadLetterQueues(sqs);
  const found = queues.find((queue) => queue.name === name);
  if (!found) {
    const known = queues.map((queue) => queue.name).join(', ') || 'none';
    throw new Error(`No dead-letter queue named ${name}. There are: ${known}`);
  }
  return found;
};
