import { routeOf, type CatalogEntry, type EventExample } from '@commerce/contracts/catalog';
import { matchesEventPattern, matchesMessageAttributes, matchesMessageBody } from '@commerce/local-cloud/tooling';
import type { Route } from './routes.js';

/**
 * Whether a route delivers one catalog example, as AWS would: an SNS hand-off reaches a
 * subscription on its producer's topic whose filter policy matches the attributes (or body) the
 * shared-core publisher sends; an outcome reaches a rule whose pattern matches the event as
 * EventBridge delivers it, with the envelope as `detail`.
 */
export const delivers = (route: Route, entry: CatalogEntry, example: EventExample): boolean => {
  const transport = routeOf(entry);
  if (transport.kind === 'sns') {
    if (route.kind !== 'sns' || route.producer !== entry.producer) return false;
    if (!route.policy) return true;
    return route.policy.scope === 'MessageBody'
      ? matchesMessageBody(route.policy, JSON.stringify(example.event))
      : matchesMessageAttributes(route.policy, { ...transport.messageAttributes });
  }
  if (route.kind !== 'eventbridge') return false;
  return matchesEventPattern(route.pattern, {
    version: '0',
    id: example.event.id,
    'detail-type': transport.detailType,
    source: transport.source,
    account: '000000000000',
    time: example.event.time,
    region: 'us-east-1',
    resources: [],
    detail: example.event,
  });
};
