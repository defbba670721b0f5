import type { EventIdentities } from '../../src/domain/events.js';

/**
 * Event ids numbered from 1 (as UUIDs, so they pass the envelope schema) and a clock stopped at
 * `time`, so tests can compare whole events.
 */
export const fixedIdentities = (time: string): EventIdentities & { readonly issued: string[] } => {
  const issued: string[] = [];
  return {
    issued,
    newId: () => {
      const id = `00000000-0000-4000-8000-${String(issued.length + 1).padStart(12, '0')}`;
      issued.push(id);
      return id;
    },
    now: () => new Date(time),
  };
};
