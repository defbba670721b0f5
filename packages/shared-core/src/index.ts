/**
 * @commerce/shared-core: the small common face. Builders and adapters live in subpaths so a function
 * bundles only what it imports: `/http` (createRouter), `/events` (createReceiver, envelopes),
 * `/publishers`, `/idempotency`, `/logging`, and `/schemas` (build-time only).
 */
export {
  ConfigError,
  ConflictError,
  CommerceError,
  DependencyError,
  ERROR_STATUS,
  NotFoundError,
  ValidationError,
  toCommerceError,
  type CommerceErrorOptions,
  type ErrorCode,
  type ValidationIssue,
} from './errors/index.js';
export { defineSettings, integer, loadConfig, oneOf, text, type ConfigOf, type Setting } from './config/index.js';
export type { EventContract, EventEnvelope } from './events/index.js';
