import { randomUUID } from 'node:crypto';
import type { EdgeContext } from '../../edge/emulated-service.js';
import type { QueueDelivery } from '../../sqs/queue-delivery.js';
import { matchesEventPattern } from '../event-pattern.js';
import { applyInputPath } from '../input-path.js';
import { validation } from './eventbridge-error.js';
import type { Action, JsonRequest } from './json-protocol.js';
import type { Registry, Rule, Target } from './registry.js';

/** https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html */
const MAX_ENTRIES = 10;
const MAX_REQUEST_BYTES = 256 * 1024;

interface Entry {
  Source?: string;
  DetailType?: string;
  Detail?: string;
  EventBusName?: string;
  Time?: number;
  Resources?: string[];
}

const bytes = (text = '') => Buffer.byteLength(text, 'utf8');

/** "Calculating PutEvents event entry size" (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-putevent-size.html). */
const entrySize = (entry: Entry): number =>
  (entry.Time === undefined ? 0 : 14) +
  bytes(entry.Source) +
  bytes(entry.DetailType) +
  bytes(entry.Detail) +
  (entry.Resources ?? []).reduce((sum, resource) => sum + bytes(resource), 0);

const parseDetail = (detail: string | undefined): object | undefined => {
  try {
    const parsed: unknown = JSON.parse(detail ?? '');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
};

const failure = (ErrorCode: string, ErrorMessage: string) => ({ ErrorCode, ErrorMessage });

/** The body a target receives: the event, the part InputPath selects, or the constant Input. */
const bodyFor = (target: Target, event: object): string => {
  if (target.Input !== undefined) return target.Input;
  return JSON.stringify(target.InputPath === undefined ? event : applyInputPath(target.InputPath, event));
};

/**
 * PutEvents: each entry validated on its own (a bad one fails alone, in its place in the answer),
 * then delivered to every target of every enabled rule on its bus whose pattern matches.
 * Delivery finishes before the answer (AWS delivers asynchronously, a stricter order that lets a
 * test put then receive); a delivery that fails is reported on stderr and never fails the put.
 */
export const putEventsAction = (
  registry: Registry,
  queues: QueueDelivery,
  { region, accountId }: EdgeContext,
): Action => {
  const deliver = async (rule: Rule, event: object) => {
    for (const target of rule.targets.values()) {
      await queues.send(target.Arn, { body: bodyFor(target, event) }).catch((error: unknown) => {
        process.stderr.write(
          `local EventBridge: rule ${rule.name} could not deliver to ${target.Arn}: ${String(error)}\n`,
        );
      });
    }
  };
  return async (input: JsonRequest) => {
    const entries = (input['Entries'] ?? []) as Entry[];
    if (entries.length < 1 || entries.length > MAX_ENTRIES) {
      throw validation(`Entries must hold 1 to ${MAX_ENTRIES} entries, not ${entries.length}`);
    }
    if (entries.reduce((sum, entry) => sum + entrySize(entry), 0) > MAX_REQUEST_BYTES) {
      throw validation('Total size of the entries in the request is over the limit.');
    }
    const answers = [];
    for (const entry of entries) {
      const bus = registry.busNamed(entry.EventBusName ?? 'default');
      const detail = parseDetail(entry.Detail);
      if (!entry.Source)
        answers.push(
          failure('InvalidArgument', 'Parameter Source is not valid. Reason: Source is a required argument.'),
        );
      else if (!entry.DetailType)
        answers.push(
          failure('InvalidArgument', 'Parameter DetailType is not valid. Reason: DetailType is a required argument.'),
        );
      else if (!detail) answers.push(failure('MalformedDetail', 'Detail is malformed.'));
      else if (!bus)
        answers.push(failure('ResourceNotFoundException', `Event bus ${entry.EventBusName} does not exist.`));
      else {
        const time = entry.Time === undefined ? new Date() : new Date(entry.Time * 1000);
        const event = {
          version: '0',
          id: randomUUID(),
          'detail-type': entry.DetailType,
          source: entry.Source,
          account: accountId,
          // EventBridge's event time has whole seconds.
          time: time.toISOString().replace(/\.\d{3}Z$/, 'Z'),
          region,
          resources: entry.Resources ?? [],
          detail,
        };
        for (const rule of bus.rules.values()) {
          if (rule.state === 'ENABLED' && matchesEventPattern(rule.pattern, event)) await deliver(rule, event);
        }
        answers.push({ EventId: event.id });
      }
    }
    return { FailedEntryCount: answers.filter((answer) => 'ErrorCode' in answer).length, Entries: answers };
  };
};
