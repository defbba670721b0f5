import { EventBridgeError, validation } from './eventbridge-error.js';
import type { Action } from './json-protocol.js';
import type { Bus, Registry } from './registry.js';

const describe = (bus: Bus) => ({ Name: bus.name, Arn: bus.arn });

export const busActions = (registry: Registry): Record<string, Action> => ({
  CreateEventBus: (input) => {
    const name = String(input['Name'] ?? '');
    if (!/^[/.\-_A-Za-z0-9]{1,256}$/.test(name) || name === 'default') {
      throw validation(`Event bus name "${name}" is not valid`);
    }
    if (registry.busNamed(name))
      throw new EventBridgeError('ResourceAlreadyExistsException', `Event bus ${name} already exists.`);
    return { EventBusArn: registry.addBus(name).arn };
  },
  DeleteEventBus: (input) => {
    const name = String(input['Name'] ?? '');
    if (name === 'default') throw validation('Cannot delete event bus default.');
    registry.buses.delete(name);
    return {};
  },
  DescribeEventBus: (input) => describe(registry.requireBus(input['Name'] ?? 'default')),
  ListEventBuses: (input) => {
    const prefix = String(input['NamePrefix'] ?? '');
    return { EventBuses: [...registry.buses.values()].filter((bus) => bus.name.startsWith(prefix)).map(describe) };
  },
});
