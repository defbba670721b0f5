export { ERROR_STATUS, ERROR_TITLE, type ErrorCode } from './codes.js';
export { CommerceError, toCommerceError, type CommerceErrorOptions } from './commerce-error.js';
export {
  ConfigError,
  ConflictError,
  DependencyError,
  InvalidOutgoingEventError,
  NotFoundError,
  ValidationError,
  type ValidationIssue,
} from './subclasses.js';
