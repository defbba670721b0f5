import {
  EventBridgeClient,
  PutEventsCommand,
  type PutEventsCommandInput,
  type PutEventsCommandOutput,
} from '@aws-sdk/client-eventbridge';
import {
  PublishBatchCommand,
  PublishCommand,
  SNSClient,
  type PublishBatchCommandInput,
  type PublishBatchCommandOutput,
} from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import type { EventEnvelope } from '../../../src/events/index.js';
import {
  createEventBridgePublisher,
  createSnsPublisher,
  type Backoff,
  type Publisher,
} from '../../../src/publishers/index.js';
import { envelope } from '../../helpers/aws-events.js';

const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
export const sns = new SNSClient({ region: 'eu-west-1', credentials });
export const eventBridge = new EventBridgeClient({ region: 'eu-west-1', credentials });
export const snsMock = mockClient(sns);
export const eventBridgeMock = mockClient(eventBridge);
export const topicArn = 'arn:aws:sns:eu-west-1:123456789012:orders-events';
export const eventBusName = 'commerce-dev';

export const resetMocks = (): void => {
  snsMock.reset();
  eventBridgeMock.reset();
};

/** `count` events `evt-1` ... `evt-<count>`, each with a `note` of `noteBytes` ASCII characters. */
export const events = (count: number, noteBytes = 10): EventEnvelope[] =>
  Array.from({ length: count }, (_, index) =>
    envelope({ id: `evt-${index + 1}`, data: { orderId: `o-${index + 1}`, note: 'x'.repeat(noteBytes) } }),
  );

/** How one call answers: the ids it reports failed, each with a failure a retry may or cannot fix. */
export type Answer = Record<string, 'transient' | 'permanent'>;

/** What each publisher looks like to the shared tests: how to make it, script its calls and read them. */
export interface Harness {
  make(options?: { maxAttempts?: number; backoff?: Backoff }): Publisher;
  /** Call n answers with the n-th argument; later calls accept everything. */
  respond(...answers: Answer[]): void;
  /** Every call rejects with `error`, as the SDK does once its own retries are spent. */
  reject(error: Error): void;
  /** The event ids sent in each API call, in order. */
  calls(): string[][];
  /** The error codes this service uses for each kind of failure. */
  codes: Record<Answer[string], string>;
  /** The bytes one entry of `event` counts against 256 KiB, computed as AWS documents it. */
  documentedSize(event: EventEnvelope): number;
}

const noWait: Backoff = () => 0;
const idOf = (json: string | undefined): string => (JSON.parse(json ?? '{}') as EventEnvelope).id;

/** Replays `answers` in turn, then accepts everything. */
const script = (answers: Answer[]) => {
  let call = 0;
  return (): Answer => answers[call++] ?? {};
};

const snsCodes = { transient: 'InternalError', permanent: 'InvalidParameter' };

export const snsHarness: Harness = {
  codes: snsCodes,
  // The message plus each attribute's name, data type and value
  // (https://docs.aws.amazon.com/sns/latest/api/API_MessageAttributeValue.html).
  documentedSize: (event) =>
    Buffer.byteLength(JSON.stringify(event)) +
    Buffer.byteLength(`typeString${event.type}versionNumber${event.version}sourceString${event.source}`),
  make: (options = {}) => createSnsPublisher({ topicArn, client: sns, backoff: noWait, ...options }),
  respond: (...answers) => {
    const next = script(answers);
    snsMock.on(PublishCommand).resolves({ MessageId: 'm-1' });
    snsMock.on(PublishBatchCommand).callsFake((input: PublishBatchCommandInput): PublishBatchCommandOutput => {
      const answer = next();
      const entries = input.PublishBatchRequestEntries ?? [];
      const failed = entries.filter((entry) => answer[idOf(entry.Message)]);
      return {
        $metadata: {},
        Successful: entries
          .filter((entry) => !failed.includes(entry))
          .map((entry) => ({
            Id: entry.Id,
            MessageId: `m-${entry.Id}`,
          })),
        Failed: failed.map((entry) => {
          const kind = answer[idOf(entry.Message)] ?? 'transient';
          return { Id: entry.Id, Code: snsCodes[kind], SenderFault: kind === 'permanent', Message: `${kind} failure` };
        }),
      };
    });
  },
  reject: (error) => {
    snsMock.on(PublishCommand).rejects(error);
    snsMock.on(PublishBatchCommand).rejects(error);
  },
  calls: () =>
    snsMock.calls().map((call) => {
      const input = call.args[0].input as { Message?: string; PublishBatchRequestEntries?: { Message?: string }[] };
      return (input.PublishBatchRequestEntries ?? [input]).map((entry) => idOf(entry.Message));
    }),
};

const eventBridgeCodes = { transient: 'InternalFailure', permanent: 'MalformedDetail' };

export const eventBridgeHarness: Harness = {
  codes: eventBridgeCodes,
  // 14 bytes of Time plus the UTF-8 Source, DetailType and Detail
  // (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-putevent-size.html).
  documentedSize: (event) => 14 + Buffer.byteLength(`commerce.${event.source}${event.type}${JSON.stringify(event)}`),
  make: (options = {}) =>
    createEventBridgePublisher({ eventBusName, client: eventBridge, backoff: noWait, ...options }),
  respond: (...answers) => {
    const next = script(answers);
    eventBridgeMock.on(PutEventsCommand).callsFake((input: PutEventsCommandInput): PutEventsCommandOutput => {
      const answer = next();
      // Result entries line up with the request's by position, as PutEvents documents.
      const entries = (input.Entries ?? []).map((entry, index) => {
        const kind = answer[idOf(entry.Detail)];
        return kind
          ? { ErrorCode: eventBridgeCodes[kind], ErrorMessage: `${kind} failure` }
          : { EventId: `e-${index}` };
      });
      return {
        $metadata: {},
        FailedEntryCount: entries.filter((entry) => 'ErrorCode' in entry).length,
        Entries: entries,
      };
    });
  },
  reject: (error) => {
    eventBridgeMock.on(PutEventsCommand).rejects(error);
  },
  calls: () =>
    eventBridgeMock
      .commandCalls(PutEventsCommand)
      .map((call) => (call.args[0].input.Entries ?? []).map((entry) => idOf(entry.Detail))),
};

/** Both publishers, for `describe.each` over the behaviour they share. */
export const harnesses: [string, Harness][] = [
  ['SNS', snsHarness],
  ['EventBridge', eventBridgeHarness],
];
