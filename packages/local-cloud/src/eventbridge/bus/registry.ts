import type { EdgeContext } from '../../edge/emulated-service.js';
import type { EventPattern } from '../event-pattern.js';
import { notFound } from './eventbridge-error.js';

export interface Target {
  Id: string;
  Arn: string;
  Input?: string;
  InputPath?: string;
}

export interface Rule {
  name: string;
  busName: string;
  arn: string;
  patternText: string;
  pattern: EventPattern;
  state: 'ENABLED' | 'DISABLED';
  description?: string;
  targets: Map<string, Target>;
}

export interface Bus {
  name: string;
  arn: string;
  rules: Map<string, Rule>;
}

/** The buses and their rules; the `default` bus exists in every account, as on AWS. */
export const createRegistry = ({ region, accountId }: EdgeContext) => {
  const buses = new Map<string, Bus>();
  const busArn = (name: string) => `arn:aws:events:${region}:${accountId}:event-bus/${name}`;
  const addBus = (name: string): Bus => {
    const bus = { name, arn: busArn(name), rules: new Map<string, Rule>() };
    buses.set(name, bus);
    return bus;
  };
  addBus('default');

  /** A bus by name or ARN, matched exactly (never by substring). */
  const busNamed = (nameOrArn: unknown = 'default'): Bus | undefined => {
    const text = String(nameOrArn);
    return buses.get(text.startsWith('arn:') ? (/:event-bus\/(.+)$/.exec(text)?.[1] ?? '') : text);
  };
  const requireBus = (nameOrArn: unknown): Bus => {
    const bus = busNamed(nameOrArn);
    if (!bus) throw notFound(`Event bus ${String(nameOrArn)} does not exist.`);
    return bus;
  };
  const requireRule = (name: unknown, busNameOrArn: unknown): Rule => {
    const bus = requireBus(busNameOrArn);
    const rule = bus.rules.get(String(name));
    if (!rule) throw notFound(`Rule ${String(name)} does not exist on EventBus ${bus.name}.`);
    return rule;
  };
  const ruleArn = (bus: string, name: string) =>
    `arn:aws:events:${region}:${accountId}:rule/${bus === 'default' ? '' : `${bus}/`}${name}`;

  return { buses, addBus, busNamed, requireBus, requireRule, ruleArn };
};

export type Registry = ReturnType<typeof createRegistry>;
