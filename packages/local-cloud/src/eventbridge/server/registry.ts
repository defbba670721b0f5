/**
 * The buses of one local EventBridge with their rules and targets, in memory, in creation order
 * (the order the List actions return). The `default` bus exists in every account, as on AWS, and
 * cannot be deleted. A bus is found by its exact name or its exact ARN, never by substring, so
 * `commerce` and `commerce-dev` are two buses whatever is put on either.
 */
import type { EventPattern } from '../event-pattern.js';
import { busArnOf, DEFAULT_BUS, ruleArnOf, type ArnScope } from './arns.js';
import { EventBridgeError, notFound, validation } from './eventbridge-error.js';

/** A target as PutTargets stores it and ListTargetsByRule returns it. */
export interface Target {
  readonly Id: string;
  readonly Arn: string;
  readonly Input?: string;
  readonly InputPath?: string;
}

export type RuleState = 'ENABLED' | 'DISABLED';

/** What PutRule sets; everything else about a rule (its targets) survives a re-put. */
export interface RuleSettings {
  readonly name: string;
  readonly eventPatternText: string;
  readonly eventPattern: EventPattern;
  readonly state: RuleState;
  readonly description: string | undefined;
}

export interface Rule extends RuleSettings {
  readonly arn: string;
  readonly busName: string;
  readonly targets: Map<string, Target>;
}

export interface Bus {
  readonly name: string;
  readonly arn: string;
  readonly description: string | undefined;
  readonly creationTime: Date;
  readonly rules: Map<string, Rule>;
}

export type Registry = ReturnType<typeof createRegistry>;

export const createRegistry = (scope: ArnScope) => {
  const buses = new Map<string, Bus>();
  const addBus = (name: string, description?: string): Bus => {
    const bus: Bus = { name, arn: busArnOf(scope, name), description, creationTime: new Date(), rules: new Map() };
    buses.set(name, bus);
    return bus;
  };
  addBus(DEFAULT_BUS);

  /** The bus an `EventBusName` names (a name or an ARN), or undefined. */
  const findBus = (nameOrArn: string = DEFAULT_BUS): Bus | undefined =>
    nameOrArn.startsWith('arn:') ? [...buses.values()].find((bus) => bus.arn === nameOrArn) : buses.get(nameOrArn);

  const bus = (nameOrArn?: string): Bus => {
    const found = findBus(nameOrArn);
    if (!found) throw notFound(`Event bus ${nameOrArn} does not exist.`);
    return found;
  };

  const findRule = (busNameOrArn: string | undefined, name: string): Rule | undefined =>
    bus(busNameOrArn).rules.get(name);

  return {
    findBus,
    bus,
    buses: (): Bus[] => [...buses.values()],

    createBus(name: string, description: string | undefined): Bus {
      if (buses.has(name))
        throw new EventBridgeError('ResourceAlreadyExistsException', `Event bus ${name} already exists.`);
      return addBus(name, description);
    },

    /** Deletes the bus with its rules; an unknown bus is no error, as DeleteEventBus is idempotent. */
    deleteBus(name: string): void {
      if (name === DEFAULT_BUS) throw validation('Cannot delete event bus default.');
      buses.delete(name);
    },

    findRule,

    rule(busNameOrArn: string | undefined, name: string): Rule {
      const found = findRule(busNameOrArn, name);
      if (!found) throw notFound(`Rule ${name} does not exist on EventBus ${bus(busNameOrArn).name}.`);
      return found;
    },

    /** Creates the rule, or updates its settings and keeps its targets. */
    putRule(busNameOrArn: string | undefined, settings: RuleSettings): Rule {
      const target = bus(busNameOrArn);
      const rule: Rule = {
        ...settings,
        arn: ruleArnOf(scope, target.name, settings.name),
        busName: target.name,
        targets: target.rules.get(settings.name)?.targets ?? new Map(),
      };
      target.rules.set(rule.name, rule);
      return rule;
    },

    deleteRule(rule: Rule): void {
      buses.get(rule.busName)?.rules.delete(rule.name);
    },
  };
};
