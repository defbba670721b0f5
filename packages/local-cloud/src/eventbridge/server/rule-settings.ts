/**
 * What PutRule asks for, validated as AWS validates it
 * (https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html). The pattern is
 * checked by ../event-pattern.ts; a pattern it refuses is an InvalidEventPatternException with its
 * reason. Scheduled rules are refused: nothing runs a schedule locally, and a rule accepted but
 * never fired would fail silently.
 */
import { EventPatternError, parseEventPattern } from '../event-pattern.js';
import { RULE_NAME } from './arns.js';
import { EventBridgeError, validation } from './eventbridge-error.js';
import type { RuleSettings, RuleState } from './registry.js';
import type { RequestFields } from './request-fields.js';

const STATES: readonly string[] = ['ENABLED', 'DISABLED'] satisfies RuleState[];

const isRuleState = (state: string): state is RuleState => STATES.includes(state);

const compile = (text: string) => {
  try {
    return parseEventPattern(text);
  } catch (error) {
    if (error instanceof EventPatternError) {
      throw new EventBridgeError('InvalidEventPatternException', error.message, { cause: error });
    }
    throw error;
  }
};

const stateOf = (request: RequestFields): RuleState => {
  const state = request.optionalString('State') ?? 'ENABLED';
  if (isRuleState(state)) return state;
  throw validation(`The local EventBridge serves rule states ${STATES.join(' and ')}, not ${state}`);
};

export const ruleSettingsOf = (request: RequestFields): RuleSettings => {
  const name = request.string('Name', RULE_NAME);
  if (request.has('ScheduleExpression')) {
    throw validation(
      `The local EventBridge does not run scheduled rules: rule ${name} has ScheduleExpression ` +
        `${request.optionalString('ScheduleExpression')}; only event-pattern rules are served`,
    );
  }
  const eventPatternText = request.optionalString('EventPattern', { min: 1, max: 4096 });
  if (eventPatternText === undefined)
    throw validation('Parameter(s) EventPattern or ScheduleExpression must be specified.');
  return {
    name,
    eventPatternText,
    eventPattern: compile(eventPatternText),
    state: stateOf(request),
    description: request.optionalString('Description', { min: 0, max: 512 }),
  };
};
