import { listEntries } from '@commerce/contracts/catalog';
import type { Finding, StackCheck } from '../check.js';
import { delivers } from './deliveries.js';
import { routesOf } from './routes.js';

const versioned = (entry: { type: string; version: number }): string => `${entry.type} v${entry.version}`;

/**
 * A consumer's subscriptions and rules, as packaged, receive exactly what the catalog says it
 * consumes: every example of each event it claims (a filter that misses one loses events in
 * production), and no example of any event it does not (its receiver would reject or ignore them,
 * and the catalog would lie about who depends on what).
 */
export const consumerRouting: StackCheck = {
  name: 'consumer-routing',
  rule: 'Each SNS filter policy and EventBridge pattern, read from the packaged template, matches every catalog example of the events the service consumes and none of the others.',
  run: (stack) => {
    const { routes, unreadable } = routesOf(stack);
    const findings: Finding[] = [...unreadable];
    for (const entry of listEntries()) {
      const claimed = entry.consumers.some((consumer) => consumer.service === stack.service);
      for (const example of entry.examples) {
        const receivedBy = routes.filter((route) => delivers(route, entry, example));
        if (claimed && receivedBy.length === 0) {
          findings.push({
            resource: stack.service,
            message: `consumes ${versioned(entry)} (catalog), but no subscription or rule receives its example "${example.title}"`,
          });
        }
        if (!claimed && receivedBy.length > 0) {
          findings.push({
            resource: receivedBy.map((route) => route.resource).join(', '),
            message: `receives ${versioned(entry)} ("${example.title}"), which the catalog does not list ${stack.service} as consuming`,
          });
        }
      }
    }
    return findings;
  },
};
