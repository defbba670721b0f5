import { EventPatternError, parseEventPattern } from '../event-pattern.js';
import { applyInputPath, InputPathError } from '../input-path.js';
import { EventBridgeError, validation } from './eventbridge-error.js';
import type { Action } from './json-protocol.js';
import type { Registry, Rule, Target } from './registry.js';

/** "Maximum number of targets per rule: 5" (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-quota.html). */
const MAX_TARGETS_PER_RULE = 5;

const describe = (rule: Rule) => ({
  Name: rule.name,
  Arn: rule.arn,
  EventBusName: rule.busName,
  EventPattern: rule.patternText,
  State: rule.state,
  Description: rule.description,
});

const compilePattern = (text: unknown) => {
  if (typeof text !== 'string')
    throw validation('The local cloud serves event-pattern rules only: EventPattern is required');
  try {
    return parseEventPattern(text);
  } catch (error) {
    if (error instanceof EventPatternError) throw new EventBridgeError('InvalidEventPatternException', error.message);
    throw error;
  }
};

/** Why a target cannot be put, or undefined: only SQS queues are delivered to locally. */
const targetProblem = (target: Target): string | undefined => {
  if (!target.Id || !target.Arn) return 'Id and Arn are required';
  if (!target.Arn.startsWith('arn:aws:sqs:')) return `the local cloud delivers to SQS queues only, not ${target.Arn}`;
  if (target.Input !== undefined && target.InputPath !== undefined) return 'Input and InputPath are exclusive';
  try {
    if (target.InputPath !== undefined) applyInputPath(target.InputPath, {});
    if (target.Input !== undefined) JSON.parse(target.Input);
  } catch (error) {
    if (error instanceof InputPathError) return error.message;
    return 'Input is not valid JSON';
  }
  return undefined;
};

export const ruleActions = (registry: Registry): Record<string, Action> => ({
  PutRule: (input) => {
    if (input['ScheduleExpression'] !== undefined) throw validation('The local cloud does not run scheduled rules');
    const bus = registry.requireBus(input['EventBusName'] ?? 'default');
    const name = String(input['Name'] ?? '');
    if (!/^[.\-_A-Za-z0-9]{1,64}$/.test(name)) throw validation(`Rule name "${name}" is not valid`);
    const existing = bus.rules.get(name);
    const rule: Rule = {
      name,
      busName: bus.name,
      arn: registry.ruleArn(bus.name, name),
      patternText: String(input['EventPattern']),
      pattern: compilePattern(input['EventPattern']),
      state: input['State'] === 'DISABLED' ? 'DISABLED' : 'ENABLED',
      description: input['Description'] as string | undefined,
      targets: existing?.targets ?? new Map(),
    };
    bus.rules.set(name, rule);
    return { RuleArn: rule.arn };
  },
  DescribeRule: (input) => describe(registry.requireRule(input['Name'], input['EventBusName'])),
  ListRules: (input) => {
    const prefix = String(input['NamePrefix'] ?? '');
    const rules = [...registry.requireBus(input['EventBusName']).rules.values()];
    return { Rules: rules.filter((rule) => rule.name.startsWith(prefix)).map(describe) };
  },
  DeleteRule: (input) => {
    const rule = registry.requireRule(input['Name'], input['EventBusName']);
    if (rule.targets.size > 0) throw validation("Rule can't be deleted since it has targets.");
    registry.requireBus(rule.busName).rules.delete(rule.name);
    return {};
  },
  PutTargets: (input) => {
    const rule = registry.requireRule(input['Rule'], input['EventBusName']);
    const targets = (input['Targets'] ?? []) as Target[];
    const ids = new Set([...rule.targets.keys(), ...targets.map((target) => target.Id)]);
    if (ids.size > MAX_TARGETS_PER_RULE) {
      throw new EventBridgeError(
        'LimitExceededException',
        `The requested resource exceeds the maximum number allowed.`,
      );
    }
    const failed = targets.flatMap((target) => {
      const problem = targetProblem(target);
      if (!problem) rule.targets.set(target.Id, { ...target });
      return problem ? [{ TargetId: target.Id, ErrorCode: 'ValidationException', ErrorMessage: problem }] : [];
    });
    return { FailedEntryCount: failed.length, FailedEntries: failed };
  },
  ListTargetsByRule: (input) => ({
    Targets: [...registry.requireRule(input['Rule'], input['EventBusName']).targets.values()],
  }),
  RemoveTargets: (input) => {
    const rule = registry.requireRule(input['Rule'], input['EventBusName']);
    for (const id of (input['Ids'] ?? []) as string[]) rule.targets.delete(id);
    return { FailedEntryCount: 0, FailedEntries: [] };
  },
});
