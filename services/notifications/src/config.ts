import { defineSettings, oneOf, text } from '@commerce/shared-core';

/** Every environment variable a function of this service may read, as serverless.yml sets them. */
const settings = {
  NOTIFICATIONS_TABLE: text(),
  /** Platform's bus, where NotificationSent goes. */
  EVENT_BUS_NAME: text(),
  /** `ses` in deployed stages; `mailbox` (a folder of JSON files) locally. */
  NOTIFICATION_PROVIDER: oneOf(['ses', 'mailbox']),
  /** The verified SES identity messages come from (ses only). */
  SES_FROM_ADDRESS: text(),
  /** The folder the local mailbox writes to (mailbox only). */
  MAILBOX_DIR: text({ default: '.mailbox' }),
  /** A customer's address, `{customerId}` replaced, until a profile source exists (src/domain/provider.ts). */
  CUSTOMER_ADDRESS_TEMPLATE: text(),
};

/**
 * Loads the settings one entry point needs, at its module scope, so a misconfigured function fails
 * its cold start naming every missing or invalid variable at once (shared-core `defineSettings`).
 *
 * @example
 * const config = loadSettings(['NOTIFICATIONS_TABLE']);
 */
export const loadSettings = defineSettings(settings);
