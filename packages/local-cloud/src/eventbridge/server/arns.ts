/**
 * Names and ARNs of buses and rules, as the API reference constrains and mints them
 * (https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_CreateEventBus.html,
 * https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html).
 */
import type { EdgeContext } from '../../edge/emulated-service.js';
import type { Constraint } from './request-fields.js';

export type ArnScope = Pick<EdgeContext, 'region' | 'accountId'>;

export const DEFAULT_BUS = 'default';

/** A custom bus's name; `/` is allowed only in partner buses' names, which are not served. */
export const BUS_NAME: Constraint = { min: 1, max: 256, pattern: /^[.\-_A-Za-z0-9]+$/ };

/** A bus named by name or ARN wherever an action takes `EventBusName`. */
export const BUS_NAME_OR_ARN: Constraint = { min: 1, max: 1600 };

export const RULE_NAME: Constraint = { min: 1, max: 64, pattern: /^[.\-_A-Za-z0-9]+$/ };

export const TARGET_ID: Constraint = { min: 1, max: 64, pattern: /^[.\-_A-Za-z0-9]+$/ };

export const busArnOf = ({ region, accountId }: ArnScope, bus: string): string =>
  `arn:aws:events:${region}:${accountId}:event-bus/${bus}`;

/** `rule/<name>` on the default bus, `rule/<bus>/<name>` on any other, as AWS mints them. */
export const ruleArnOf = ({ region, accountId }: ArnScope, bus: string, rule: string): string =>
  `arn:aws:events:${region}:${accountId}:rule/${bus === DEFAULT_BUS ? '' : `${bus}/`}${rule}`;

export const isSqsQueueArn = (arn: string): boolean => /^arn:aws:sqs:[^:]+:\d{12}:[^:]+$/.test(arn);
