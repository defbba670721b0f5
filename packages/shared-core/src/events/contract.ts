import type { ValidationIssue } from '../errors/index.js';

/**
 * A validator compiled ahead of time from a JSON Schema (see `@commerce/shared-core/schemas`).
 * It narrows on success and leaves its issues on `errors` on failure, like an ajv ValidateFunction.
 */
export interface SchemaValidator<T> {
  (data: unknown): data is T;
  errors?: readonly RawSchemaIssue[] | null;
}

/** The subset of an ajv error object that we read. */
export interface RawSchemaIssue {
  instancePath: string;
  message?: string;
  keyword: string;
  params?: Record<string, unknown>;
}

/**
 * One version of one event type, as published in `@commerce/contracts`: the runtime half of a
 * catalog entry. Receivers accept a list of these; publishers take one to build an event.
 */
export interface EventContract<TType extends string = string, TVersion extends number = number, TData = unknown> {
  readonly type: TType;
  readonly version: TVersion;
  readonly validate: SchemaValidator<TData>;
}

export type DataOf<C> = C extends EventContract<string, number, infer D> ? D : never;

/** Turns a validator's raw issues into the client-safe shape errors carry. */
export const issuesOf = (validator: { errors?: readonly RawSchemaIssue[] | null }): ValidationIssue[] =>
  (validator.errors ?? []).map((issue) => ({
    path: issue.instancePath || '/',
    message:
      issue.keyword === 'additionalProperties' && typeof issue.params?.['additionalProperty'] === 'string'
        ? `must NOT have additional property '${issue.params['additionalProperty']}'`
        : (issue.message ?? issue.keyword),
  }));
