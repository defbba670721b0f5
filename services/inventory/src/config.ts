import { loadConfig, oneOf, text, type ConfigOf } from '@commerce/shared-core';

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

type Settings = typeof settings;

/**
 * Loads the settings one entry point needs, at its module scope, so a misconfigured function fails
 * its cold start naming every missing or invalid variable at once (shared-core `loadConfig`).
 *
 * @example
 * const config = loadSettings(['STOCK_TABLE']); // { STOCK_TABLE: string }
 */
export const loadSettings = <const K extends keyof Settings>(
  names: readonly K[],
  env: Record<string, string | undefined> = process.env,
): ConfigOf<Pick<Settings, K>> =>
  loadConfig(Object.fromEntries(names.map((name) => [name, settings[name]])) as Pick<Settings, K>, env);
