/**
 * Whether an SDK call failed with the named AWS error. Compared by name rather than `instanceof`,
 * so it holds whichever copy of a client package, or realm, threw it.
 *
 * @internal
 */
export const isAwsError = (error: unknown, name: string): boolean =>
  typeof error === 'object' && error !== null && 'name' in error && error.name === name;

/**
 * Fails when the engine names a resource differently from the plan: every Ref and ARN other
 * stacks read was computed from the plan, so a mismatch would break them silently.
 *
 * @internal
 */
export const expectSameIdentifier = (what: string, planned: string, created: string | undefined): void => {
  if (created !== planned) {
    throw new Error(`${what}: the plan expected ${planned} but the local cloud returned ${created}`);
  }
};
