/**
 * One PutEvents entry checked on its own and, when good, turned into the event EventBridge
 * delivers (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events-structure.html).
 * A bad entry fails alone with the result entry AWS gives it
 * (https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEventsResultEntry.html):
 * `InvalidArgument` for a missing Source, DetailType or Detail, `MalformedDetail` for a Detail that
 * is not a JSON object ("A valid JSON object", API_PutEventsRequestEntry.html). AWS's wording of
 * these messages is the one LocalStack recorded against AWS.
 */
import { randomUUID } from 'node:crypto';
import { isJsonObject } from '../json-values.js';
import type { ArnScope } from './arns.js';
import type { PutEventsEntry } from './put-events-entry.js';

/** The event as targets receive it and rules match it. */
export interface EventBridgeEvent {
  readonly version: '0';
  readonly id: string;
  readonly 'detail-type': string;
  readonly source: string;
  readonly account: string;
  readonly time: string;
  readonly region: string;
  readonly resources: readonly string[];
  readonly detail: Readonly<Record<string, unknown>>;
}

/** A PutEventsResultEntry for an entry that was not put. */
export interface FailedEntry {
  readonly ErrorCode: string;
  readonly ErrorMessage: string;
}

const required = (parameter: string): FailedEntry => ({
  ErrorCode: 'InvalidArgument',
  ErrorMessage: `Parameter ${parameter} is not valid. Reason: ${parameter} is a required argument.`,
});

const parseObject = (text: string): Record<string, unknown> | undefined => {
  try {
    const value: unknown = JSON.parse(text);
    return isJsonObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
};

/** AWS's event time has whole seconds: `2026-11-23T03:07:11Z`, never milliseconds. */
const eventTime = (time: Date): string => time.toISOString().replace(/\.\d{3}Z$/, 'Z');

export const eventOfEntry = (
  entry: PutEventsEntry,
  { region, accountId }: ArnScope,
): EventBridgeEvent | FailedEntry => {
  if (!entry.source) return required('Source');
  if (!entry.detailType) return required('DetailType');
  if (!entry.detail) return required('Detail');
  const detail = parseObject(entry.detail);
  if (!detail) return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' };
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': entry.detailType,
    source: entry.source,
    account: accountId,
    time: eventTime(entry.time ?? new Date()),
    region,
    resources: entry.resources,
    detail,
  };
};

export const isFailedEntry = (outcome: EventBridgeEvent | FailedEntry): outcome is FailedEntry =>
  'ErrorCode' in outcome;
