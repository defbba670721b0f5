/**
 * PutEvents (https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html):
 * 1 to 10 entries whose sizes add up to less than 256 KiB, else the whole request is refused.
 * Each entry is then checked on its own and answered in its place: `{EventId}` for one put,
 * `{ErrorCode, ErrorMessage}` for one that failed, with `FailedEntryCount` counting the failures.
 *
 * An entry naming a bus that does not exist is accepted and its event dropped, because that is
 * what AWS does: it answers with an EventId and FailedEntryCount 0
 * (https://github.com/aws/aws-cli/issues/9186, https://github.com/aws/aws-sdk/issues/186). The
 * local cloud says so on stderr, so the dropped event is not silent here.
 */
import type { Action } from './actions.js';
import type { ArnScope } from './arns.js';
import { validation } from './eventbridge-error.js';
import type { EventDelivery } from './event-delivery.js';
import { eventOfEntry, isFailedEntry, type EventBridgeEvent, type FailedEntry } from './event-of-entry.js';
import { entrySize, putEventsEntryOf, type PutEventsEntry } from './put-events-entry.js';
import type { Registry } from './registry.js';

/** "The total entry size must be less than 256KB" (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-putevent-size.html). */
export const MAX_ENTRIES_BYTES = 262_144;

const MAX_ENTRIES = 10;

const reportUnknownBus = (event: EventBridgeEvent, busNameOrArn: string): void => {
  process.stderr.write(
    `local-cloud events: event ${event.id} was put on event bus ${busNameOrArn}, which does not exist; ` +
      'AWS accepts such an entry and drops its event, and so does the local cloud\n',
  );
};

export const putEventsAction =
  (registry: Registry, deliver: EventDelivery, scope: ArnScope): Action =>
  async (request) => {
    if (request.has('EndpointId'))
      throw validation('The local EventBridge does not serve global endpoints (EndpointId)');
    const entries: PutEventsEntry[] = request.list('Entries', 1, MAX_ENTRIES).map(putEventsEntryOf);
    if (entries.reduce((total, entry) => total + entrySize(entry), 0) >= MAX_ENTRIES_BYTES) {
      throw validation('Total size of the entries in the request is over the limit.');
    }
    const results: ({ EventId: string } | FailedEntry)[] = [];
    // One entry after another, so events put in one request reach a queue in their order.
    for (const entry of entries) {
      const event = eventOfEntry(entry, scope);
      if (isFailedEntry(event)) {
        results.push(event);
        continue;
      }
      const bus = registry.findBus(entry.busNameOrArn);
      if (bus) await deliver(event, bus);
      else reportUnknownBus(event, entry.busNameOrArn ?? '');
      results.push({ EventId: event.id });
    }
    return { FailedEntryCount: results.filter((result) => 'ErrorCode' in result).length, Entries: results };
  };
