import { listEntries } from '@commerce/contracts/catalog';
import type { SystemCheck } from '../check.js';
import { delivers } from './deliveries.js';
import { routesOf } from './routes.js';

/**
 * An event no deployed subscription or rule receives is published into the void. That is fine for
 * a public event (other teams may subscribe later) and a mistake for any other.
 */
export const unroutedEvents: SystemCheck = {
  name: 'unrouted-events',
  rule: 'Every event that is not marked public is received by at least one service, judged from the packaged templates.',
  run: (stacks) => {
    const routes = stacks.flatMap((stack) => routesOf(stack).routes);
    return listEntries()
      .filter((entry) => !entry.public)
      .filter((entry) => !entry.examples.some((example) => routes.some((route) => delivers(route, entry, example))))
      .map((entry) => ({
        service: entry.producer,
        resource: `${entry.type} v${entry.version}`,
        message: 'is received by no service: route it to a consumer or mark it public in the catalog',
      }));
  },
};
