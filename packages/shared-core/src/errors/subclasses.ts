import { CommerceError, type CommerceErrorOptions } from './commerce-error.js';

/** One issue found by a JSON Schema validator, in a client-safe shape. */
export interface ValidationIssue {
  /** JSON Pointer to the offending value, `''` for the root. */
  path: string;
  message: string;
}

export class ValidationError extends CommerceError<{ issues: ValidationIssue[] }> {
  override name = 'ValidationError';
  constructor(message: string, issues: ValidationIssue[], options: ErrorOptions = {}) {
    super('VALIDATION_FAILED', message, { ...options, details: { issues } });
  }
}

export class NotFoundError<T = unknown> extends CommerceError<T> {
  override name = 'NotFoundError';
  constructor(message: string, options: CommerceErrorOptions<T> = {}) {
    super('NOT_FOUND', message, options);
  }
}

export class ConflictError<T = unknown> extends CommerceError<T> {
  override name = 'ConflictError';
  constructor(message: string, options: CommerceErrorOptions<T> = {}) {
    super('CONFLICT', message, options);
  }
}

/** A downstream dependency (provider, table, topic) failed in a way a later retry may fix. */
export class DependencyError<T = unknown> extends CommerceError<T> {
  override name = 'DependencyError';
  constructor(message: string, options: CommerceErrorOptions<T> = {}) {
    super('DEPENDENCY_UNAVAILABLE', message, { retryable: true, ...options });
  }
}

export class ConfigError extends CommerceError<{ problems: string[] }> {
  override name = 'ConfigError';
  constructor(problems: string[]) {
    super('CONFIG_INVALID', `Invalid configuration: ${problems.join('; ')}`, {
      details: { problems },
      retryable: false,
    });
  }
}

/**
 * An event this service built breaks its envelope or contract, or can never be published. The
 * producer's bug, not the client's: a 500 that is logged as an error and never exposed, and not
 * retryable, since sending it again cannot help.
 */
export class InvalidOutgoingEventError extends CommerceError<{ issues: ValidationIssue[] }> {
  override name = 'InvalidOutgoingEventError';
  constructor(message: string, issues: ValidationIssue[], options: ErrorOptions = {}) {
    super('INVALID_OUTGOING_EVENT', message, { ...options, details: { issues }, retryable: false });
  }
}
