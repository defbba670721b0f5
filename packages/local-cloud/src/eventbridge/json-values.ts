import type { JsonScalar } from './event-pattern-types.js';

/** Whether a parsed JSON value is an object (not an array, not null). @internal */
export const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a parsed JSON value is a string, a finite number, a boolean or null. @internal */
export const isJsonScalar = (value: unknown): value is JsonScalar =>
  value === null ||
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value));
