/**
 * A PutEvents entry as the request holds it, and its size as EventBridge measures it, in
 * "Calculating PutEvents event entry size"
 * (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-putevent-size.html): `Time` counts
 * 14 bytes when given; `Source`, `DetailType`, `Detail` and each of `Resources` count the bytes of
 * their UTF-8 form.
 */
import { BUS_NAME_OR_ARN } from './arns.js';
import type { RequestFields } from './request-fields.js';

export interface PutEventsEntry {
  readonly source: string | undefined;
  readonly detailType: string | undefined;
  readonly detail: string | undefined;
  readonly busNameOrArn: string | undefined;
  readonly time: Date | undefined;
  readonly resources: readonly string[];
}

const TIME_BYTES = 14;

const bytes = (text = ''): number => Buffer.byteLength(text, 'utf8');

export const putEventsEntryOf = (fields: RequestFields): PutEventsEntry => ({
  source: fields.optionalString('Source'),
  detailType: fields.optionalString('DetailType'),
  detail: fields.optionalString('Detail'),
  busNameOrArn: fields.optionalString('EventBusName', BUS_NAME_OR_ARN),
  time: fields.optionalTimestamp('Time'),
  resources: fields.stringList('Resources', 0, Number.MAX_SAFE_INTEGER),
});

export const entrySize = (entry: PutEventsEntry): number =>
  (entry.time === undefined ? 0 : TIME_BYTES) +
  bytes(entry.source) +
  bytes(entry.detailType) +
  bytes(entry.detail) +
  entry.resources.reduce((total, resource) => total + bytes(resource), 0);
