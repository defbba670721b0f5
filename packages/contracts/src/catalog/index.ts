/**
 * `@commerce/contracts/catalog`: the full event catalog, for tooling and tests (cross-checks of
 * serverless.yml subscriptions, documentation, test event factories). Services' handlers import
 * `@commerce/contracts` instead: this entry carries every schema and example.
 */
export { findEntry, listEntries, versionsOf, type EventType, type KnownCatalogEntry } from './catalog.js';
export {
  eventBridgeSourceOf,
  routeOf,
  snsMessageAttributesOf,
  type EventRoute,
  type SnsMessageAttributes,
} from './routing.js';
export { SERVICES } from './services.js';
export { EVENT_BUS, SNS_TOPICS } from './transports.js';
export type {
  CatalogEntry,
  Consumer,
  EventBridgeTransport,
  EventBusName,
  EventExample,
  JsonSchema,
  ServiceName,
  SnsTopicName,
  SnsTransport,
  Transport,
} from './types.js';
