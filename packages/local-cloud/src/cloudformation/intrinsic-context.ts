import type { JsonValue } from './template-types.js';

/** `Ref: AWS::NoValue`: the property it stands for is removed, as if never written. */
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');

export type Resolved = JsonValue | typeof NO_VALUE;

/**
 * What the intrinsic functions look values up in: the stack's resources, parameters and
 * conditions, and what earlier stacks exported.
 *
 * @internal
 */
export interface IntrinsicContext {
  readonly stackName: string;
  /** A resource's, parameter's or pseudo parameter's value. */
  ref(name: string): JsonValue;
  getAtt(logicalId: string, attribute: string): JsonValue;
  condition(name: string): boolean;
  importValue(exportName: string): JsonValue;
  /** `Fn::FindInMap`'s [map name, top-level key, second-level key]. */
  findInMap(keys: readonly string[]): JsonValue;
  /** Replaces the `{{resolve:…}}` dynamic references in a string. */
  dynamicReferences(text: string): string;
}

/** Resolves a nested value; a function may hand one back to the resolver it was called from. */
export type Resolve = (value: JsonValue) => Resolved;
