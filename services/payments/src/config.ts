import { defineSettings, integer, oneOf, text, type Setting } from '@commerce/shared-core';

/** A setting that may be absent: unset and empty both read as undefined. */
const optionalText = (): Setting<string | undefined> => ({ parse: (raw) => raw || undefined });

/** Every environment variable a function of this service may read, as serverless.yml sets them. */
const settings = {
  PAYMENTS_TABLE: text(),
  /** Payments' own SNS topic (saga hand-offs). */
  EVENTS_TOPIC_ARN: text(),
  /** The charge queue, whose messages a transient failure hides for a backoff. */
  CHARGE_QUEUE_URL: text(),
  /** The only provider today is the simulator (src/provider/simulator.ts); a real adapter joins this list. */
  PAYMENT_PROVIDER: oneOf(['simulator']),
  /** The provider's API key itself, or `ssm:<parameter name>` of a SecureString holding it. */
  PROVIDER_API_KEY: text(),
  /** Stage local only: the simulator is down while this file exists (src/provider/outage-switch.ts). */
  SIMULATOR_OUTAGE_FILE: optionalText(),
  /** Attempts before a provider that keeps failing transiently ends the payment as PROVIDER_UNAVAILABLE. */
  CHARGE_MAX_ATTEMPTS: integer({ default: 9, min: 1, max: 10 }),
  RETRY_BASE_SECONDS: integer({ default: 5, min: 0, max: 900 }),
  RETRY_MAX_SECONDS: integer({ default: 120, min: 0, max: 43_200 }),
};

/**
 * Loads the settings one entry point needs, at its module scope, so a misconfigured function fails
 * its cold start naming every missing or invalid variable at once (shared-core `defineSettings`).
 *
 * @example
 * const config = loadSettings(['PAYMENTS_TABLE']);
 */
export const loadSettings = defineSettings(settings);
