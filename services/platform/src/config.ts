import { defineSettings, integer, text } from '@commerce/shared-core';

/** Every environment variable a function of this service may read, as serverless.yml sets them. */
const settings = {
  /** The audit's events, keyed by correlation id. */
  TRACE_TABLE: text(),
  /** Days the audit keeps an event. */
  TRACE_RETENTION_DAYS: integer({ default: 30, min: 1, max: 3650 }),
};

/**
 * Loads the settings one entry point needs, at its module scope, so a misconfigured function fails
 * its cold start naming every missing or invalid variable at once (shared-core `defineSettings`).
 *
 * @example
 * const config = loadSettings(['TRACE_TABLE']);
 */
export const loadSettings = defineSettings(settings);
