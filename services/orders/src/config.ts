import { defineSettings, text } from '@commerce/shared-core';

/** Every environment variable a function of this service may read, as serverless.yml sets them. */
const settings = {
  ORDERS_TABLE: text(),
  /** shared-core's idempotency records of POST /orders (Idempotency-Key). */
  IDEMPOTENCY_TABLE: text(),
  /** Orders' own SNS topic (OrderPlaced). */
  EVENTS_TOPIC_ARN: text(),
  /** Platform's EventBridge bus (OrderConfirmed, OrderCancelled). */
  EVENT_BUS_NAME: text(),
};

/**
 * Loads the settings one entry point needs, at its module scope, so a misconfigured function fails
 * its cold start naming every missing or invalid variable at once (shared-core `defineSettings`).
 *
 * @example
 * const config = loadSettings(['ORDERS_TABLE']);
 */
export const loadSettings = defineSettings(settings);
