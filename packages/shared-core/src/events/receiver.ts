import middy, { type MiddyfiedHandler } from '@middy/core';
import type { Context, SQSBatchItemFailure, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { toCommerceError } from '../errors/index.js';
// The runner only, not the DynamoDB store: a receiver without idempotency bundles no DynamoDB client.
import { runIdempotent, type IdempotencyStore } from '../idempotency/store.js';
import { createLogger, type Logger } from '../logging/index.js';
import type { EventContract } from './contract.js';
import type { EnvelopeOf } from './envelope.js';
import { BatchFailedError } from './errors.js';
import { acceptedContracts, openRecord } from './open-record.js';
import type { Transport } from './unwrap.js';

export interface ReceivedContext {
  /** A child logger carrying the event's id, type, correlation and causation ids. */
  log: Logger;
  record: SQSRecord;
  transport: Transport;
  context: Context;
}

export interface ReceiverOptions<Accepts extends readonly EventContract[]> {
  /** The owning service, on every log line. */
  service: string;
  /** Names this receiver in logs; one service may have several receivers. */
  name: string;
  /** The event types and versions this receiver understands; anything else is a poison record. */
  accepts: Accepts;
  handler: (event: EnvelopeOf<Accepts[number]>, received: ReceivedContext) => Promise<void>;
  /**
   * Runs the handler at most once to completion per event id (key `<service>.<name>#<event id>`),
   * so a redelivered event changes nothing. Omit it only when the handler is idempotent by itself
   * (a conditional write on the business key).
   */
  idempotency?: IdempotencyStore;
  logger?: Logger;
  /**
   * Stop taking new records when less than this is left before the function's timeout (ms); the
   * rest go back to the queue unprocessed. Set it above your slowest record. Default 2000.
   */
  stopBeforeTimeoutMs?: number;
}

export type ReceiverHandler = MiddyfiedHandler<SQSEvent, SQSBatchResponse, Error, Context>;

/**
 * The event entry point of a service: an SQS batch handler whose records carry our envelope inside
 * an SNS notification (enveloped or raw) or an EventBridge event. Each record is unwrapped, checked
 * against the envelope schema and its contract, and handed to `handler`. Failed records are returned
 * in `batchItemFailures` (the event source mapping must set ReportBatchItemFailures), so only they
 * are retried. A poison record (unreadable, unknown, invalid) is logged as permanent and left to the
 * queue's redrive policy, which moves it to the DLQ after maxReceiveCount.
 *
 * @example
 * export const handler = createReceiver({
 *   service: 'inventory', name: 'reserve-stock', accepts: [OrderPlacedV1],
 *   handler: async (event) => reserve(event.data),
 * });
 */
export function createReceiver<const Accepts extends readonly EventContract[]>(
  options: ReceiverOptions<Accepts>,
): ReceiverHandler {
  const log = (options.logger ?? createLogger({ service: options.service })).child({ receiver: options.name });
  const accepted = acceptedContracts(options.accepts);

  const reportFailure = (recordLog: Logger, thrown: unknown): false => {
    const error = toCommerceError(thrown);
    const fields = { err: thrown, code: error.code, permanent: !error.retryable };
    if (error.retryable) recordLog.warn(fields, 'event failed; it will be retried');
    else recordLog.error(fields, 'event can never succeed; it goes to the DLQ once the queue stops retrying it');
    return false;
  };

  const processRecord = async (record: SQSRecord, context: Context): Promise<boolean> => {
    const delivery = {
      messageId: record.messageId,
      receiveCount: Number(record.attributes?.ApproximateReceiveCount ?? 1),
    };
    let opened: ReturnType<typeof openRecord>;
    try {
      opened = openRecord(record, accepted);
    } catch (thrown) {
      return reportFailure(log.child(delivery), thrown);
    }
    const { event, transport } = opened;
    // One child per record (child() is the costliest part of a log line): delivery and event identity.
    const recordLog = log.child({
      ...delivery,
      eventId: event.id,
      eventType: event.type,
      eventVersion: event.version,
      correlationId: event.correlationId,
      causationId: event.causationId,
    });
    try {
      const received = { log: recordLog, record, transport, context };
      const handle = () => options.handler(event as EnvelopeOf<Accepts[number]>, received);
      const { idempotency } = options;
      const replayed = idempotency
        ? (await runIdempotent(idempotency, `${options.service}.${options.name}#${event.id}`, handle)).replayed
        : (await handle(), false);
      recordLog.info(replayed ? 'duplicate event skipped' : 'event handled');
      return true;
    } catch (thrown) {
      return reportFailure(recordLog, thrown);
    }
  };

  const stopBeforeTimeoutMs = options.stopBeforeTimeoutMs ?? 2000;

  // middy's own early timeout would throw and fail the whole batch, records already done included;
  // the receiver stops by itself instead (below), so middy's is switched off.
  return middy<SQSEvent, SQSBatchResponse, Error, Context>({ timeoutEarlyInMillis: 0 }).handler(
    async (event, context) => {
      const records = event.Records ?? [];
      const batchItemFailures: SQSBatchItemFailure[] = [];
      // One at a time: delivery is unordered anyway, and it keeps a batch's writes to one key serial.
      for (const [index, record] of records.entries()) {
        if ((context.getRemainingTimeInMillis?.() ?? Infinity) < stopBeforeTimeoutMs) {
          const left = records.slice(index);
          log.warn(
            { unprocessed: left.length },
            'stopping before the function times out; the rest will be redelivered',
          );
          batchItemFailures.push(...left.map((rest) => ({ itemIdentifier: rest.messageId })));
          break;
        }
        if (!(await processRecord(record, context))) batchItemFailures.push({ itemIdentifier: record.messageId });
      }
      // With ReportBatchItemFailures, throwing and listing every record are the same; without it
      // (a misconfigured mapping), only a throw keeps Lambda from deleting the failed messages.
      if (records.length > 0 && batchItemFailures.length === records.length) {
        throw new BatchFailedError(records.length);
      }
      return { batchItemFailures };
    },
  );
}
