import { defineSettings, oneOf, text } from '@commerce/shared-core';

/**
 * Prices are integers in the currency's minor unit, and currencies differ in how many minor units
 * make a major one (JPY has none), so only currencies the storefront has checked are accepted.
 */
export const CURRENCIES = ['EUR', 'USD', 'GBP'] as const;

/** Every environment variable a function of this service may read, as serverless.yml sets them. */
const settings = {
  STOCK_TABLE: text(),
  RESERVATIONS_TABLE: text(),
  /** Inventory's own SNS topic (saga hand-offs). */
  EVENTS_TOPIC_ARN: text(),
  /** Platform's EventBridge bus (outcomes). */
  EVENT_BUS_NAME: text(),
  CURRENCY: oneOf(CURRENCIES, { default: 'EUR' }),
};

/**
 * Loads the settings one entry point needs, at its module scope, so a misconfigured function fails
 * its cold start naming every missing or invalid variable at once (shared-core `defineSettings`).
 *
 * @example
 * const config = loadSettings(['STOCK_TABLE']);
 */
export const loadSettings = defineSettings(settings);
