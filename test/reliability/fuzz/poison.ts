import fc from 'fast-check';
import type { EventEnvelope } from '@commerce/shared-core/events';
import { deliveredBody, wrapperOf, type Wrapping } from './deliveries.js';
import { brokenEnvelopes } from './envelope-faults.js';
import { isJson, nastyText } from './text.js';

/** A message body no receiver can ever process, and what is wrong with it. */
export interface Poison {
  kind: string;
  body: string;
}

/** Poison that prints as one short line in fast-check's report (bodies run to 240 KB). */
const poison = (kind: string, body: string): Poison =>
  Object.assign(
    { kind, body },
    {
      [fc.toStringMethod]: () =>
        `${kind}: ${JSON.stringify(body.length > 400 ? `${body.slice(0, 400)}… (${body.length} chars)` : body)}`,
    },
  );

const notJsonText = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '{',
    'nul',
    'undefined',
    "{'type':'OrderPlaced'}",
    '{"a":1,}',
    '\ufeff{}',
    'Type=Notification',
  ),
  nastyText.filter((text) => !isJson(text)),
);
const notAnObject = fc
  .jsonValue()
  .filter((value) => typeof value !== 'object' || value === null || Array.isArray(value))
  .map((value) => JSON.stringify(value));

/** SNS notifications and EventBridge events broken as wrappers: what they carry is never reached. */
const brokenWrappers = (event: EventEnvelope): fc.Arbitrary<Poison> => {
  const sns = wrapperOf(event, 'sns');
  const bus = wrapperOf(event, 'eventbridge');
  const envelopeText = JSON.stringify(event);
  const snsWith = (changes: Record<string, unknown>) => JSON.stringify({ ...sns, ...changes });
  const without = (wrapper: Record<string, unknown>, field: string) =>
    JSON.stringify(Object.fromEntries(Object.entries(wrapper).filter(([name]) => name !== field)));
  return fc
    .oneof(
      fc
        .jsonValue()
        .filter((value) => typeof value !== 'string')
        .map((Message) => snsWith({ Message })),
      fc.oneof(notJsonText, notAnObject).map((Message) => snsWith({ Message })),
      fc.constant(without(sns, 'TopicArn')),
      fc.constantFrom('SubscriptionConfirmation', 'notification', '', null).map((Type) => snsWith({ Type })),
      fc
        .constantFrom<unknown>(envelopeText, [event], null, 'detail', 7)
        .map((detail) => JSON.stringify({ ...bus, detail })),
      fc
        .constantFrom<unknown>(undefined, 7, null, ['commerce.orders'])
        .map((source) => JSON.stringify({ ...bus, source })),
      fc.constant(without(bus, 'detail-type')),
      // Wrapped twice: an EventBridge event inside an SNS notification, and the other way round.
      fc.constant(snsWith({ Message: JSON.stringify(bus) })),
      fc.constant(JSON.stringify({ ...bus, detail: sns })),
    )
    .map((body) => ({ kind: 'transport wrapper broken', body }));
};

/**
 * Poison for a receiver: bodies that are not JSON or not an object, broken SNS and EventBridge
 * wrappers, and broken envelopes in every wrapping. `accepted` are valid events of the types it
 * accepts (one each), `others` of the catalog's other types.
 */
export const poisonFor = (accepted: readonly EventEnvelope[], others: readonly EventEnvelope[]): fc.Arbitrary<Poison> =>
  fc.oneof(
    notJsonText.map((body) => poison('not JSON', body)),
    notAnObject.map((body) => poison('JSON but not an object', body)),
    fc.constantFrom(...accepted).chain(brokenWrappers),
    {
      weight: 5,
      arbitrary: fc
        .constantFrom(...accepted)
        .chain((event) =>
          fc
            .tuple(brokenEnvelopes(event, others), fc.constantFrom<Wrapping>('sns', 'sns-raw', 'eventbridge'))
            .map(([{ kind, envelope }, wrapping]) => poison(kind, deliveredBody(event, envelope, wrapping))),
        ),
    },
  );

/** What SQS accepts in a message body (the XML character ranges) and its size limit, 256 KiB. */
export const sqsCanCarry = ({ body }: Poison): boolean =>
  /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]+$/u.test(body) && Buffer.byteLength(body) <= 262_144;
