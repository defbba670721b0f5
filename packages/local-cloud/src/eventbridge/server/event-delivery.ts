/**
 * Delivery of one event to every target of every ENABLED rule on its bus whose pattern matches
 * it. A target receives the whole event, the part its `InputPath` selects, or its constant `Input`
 * text (https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_Target.html).
 *
 * AWS delivers asynchronously and retries; here delivery completes before PutEvents answers,
 * which is stricter than AWS: a test that puts and then receives finds the message, and events put
 * one after another reach a queue in that order. A failed delivery (most often a queue that does
 * not exist) never fails the PutEvents, as on AWS; it is written to stderr naming the rule, the
 * target and the reason, and the event is dropped for that target.
 */
import { matchesEventPattern } from '../event-pattern.js';
import { applyInputPath } from '../input-path.js';
import type { QueueDelivery } from '../../sqs/queue-delivery.js';
import type { EventBridgeEvent } from './event-of-entry.js';
import type { Bus, Rule, Target } from './registry.js';

export type EventDelivery = (event: EventBridgeEvent, bus: Bus) => Promise<void>;

class UndeliverableEvent extends Error {
  override name = 'UndeliverableEvent';
}

const bodyFor = (target: Target, event: EventBridgeEvent): string => {
  if (target.Input !== undefined) return target.Input;
  if (target.InputPath === undefined) return JSON.stringify(event);
  const selected = applyInputPath(target.InputPath, event);
  // AWS does not document what a target receives when the path selects nothing; say so, send nothing.
  if (selected === undefined)
    throw new UndeliverableEvent(`InputPath ${target.InputPath} selects nothing in the event`);
  return JSON.stringify(selected);
};

const reportFailure = (event: EventBridgeEvent, rule: Rule, target: Target, error: unknown): void => {
  const reason = error instanceof Error ? error.message : String(error);
  // process.stderr at call time (not a captured reference), so a test can watch what is reported.
  process.stderr.write(
    `local-cloud events: event ${event.id} matched rule ${rule.name} on bus ${rule.busName} ` +
      `but was not delivered to target ${target.Id} (${target.Arn}): ${reason}\n`,
  );
};

export const createEventDelivery =
  (queues: QueueDelivery): EventDelivery =>
  async (event, bus) => {
    const matching = [...bus.rules.values()].filter(
      (rule) => rule.state === 'ENABLED' && matchesEventPattern(rule.eventPattern, event),
    );
    await Promise.all(
      matching.flatMap((rule) =>
        [...rule.targets.values()].map(async (target) => {
          try {
            await queues.send(target.Arn, { body: bodyFor(target, event) });
          } catch (error) {
            reportFailure(event, rule, target, error);
          }
        }),
      ),
    );
  };
