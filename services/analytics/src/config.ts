import { defineSettings, integer, text } from '@commerce/shared-core';

/** Every environment variable a function of this service may read, as serverless.yml sets them. */
const settings = {
  /** The counters and the ids of the events already counted (store/metrics-table.ts). */
  METRICS_TABLE: text(),
  /** How long an event id is remembered as counted; above SQS's 14-day message lifetime. */
  SEEN_TTL_DAYS: integer({ default: 30, min: 15, max: 3650 }),
};

/**
 * Loads the settings one entry point needs, at its module scope, so a misconfigured function fails
 * its cold start naming every missing or invalid variable at once (shared-core `defineSettings`).
 *
 * @example
 * const config = loadSettings(['METRICS_TABLE']);
 */
export const loadSettings = defineSettings(settings);
