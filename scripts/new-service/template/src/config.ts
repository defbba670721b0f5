import { defineSettings, text } from '@commerce/shared-core';

/** Every environment variable a function of this service may read, as serverless.yml sets them. */
const settings = {
  /** One item per confirmed order (resources/tables.yml). */
  CONFIRMED_ORDERS_TABLE: text(),
};

/**
 * Loads the settings one entry point needs, at its module scope, so a misconfigured function fails
 * its cold start naming every missing or invalid variable at once (shared-core `defineSettings`).
 *
 * @example
 * const config = loadSettings(['CONFIRMED_ORDERS_TABLE']);
 */
export const loadSettings = defineSettings(settings);
