import { OrderCancelledV1, OrderConfirmedV1 } from '@commerce/contracts';
import { createReceiver, type ReceiverHandler } from '@commerce/shared-core/events';
import { createEventBridgePublisher } from '@commerce/shared-core/publishers';
import { loadSettings } from '../config.js';
import { createCustomerNotifier, type CustomerNotifier } from '../domain/notify-customer.js';
import { addressByTemplate, type NotificationProvider } from '../domain/provider.js';
import { SERVICE } from '../domain/service.js';
import { createMailboxProvider } from '../provider/mailbox.js';
import { createSesProvider } from '../provider/ses.js';
import { createNotificationsTable } from '../store/notifications-table.js';

/**
 * OrderConfirmed / OrderCancelled (a rule on platform's bus) -> one message to the customer and
 * NotificationSent on the bus. Idempotent on (orderId, template): see createCustomerNotifier.
 */
export const createNotifyCustomerReceiver = (notifier: CustomerNotifier): ReceiverHandler =>
  createReceiver({
    service: SERVICE,
    name: 'notify-customer',
    accepts: [OrderConfirmedV1, OrderCancelledV1],
    handler: async (event, { log }) => {
      const outcome = await notifier.notify(event);
      log.info({ orderId: event.data.orderId, outcome }, 'customer notified');
    },
  });

const config = loadSettings([
  'NOTIFICATIONS_TABLE',
  'EVENT_BUS_NAME',
  'NOTIFICATION_PROVIDER',
  'CUSTOMER_ADDRESS_TEMPLATE',
]);

/** The provider the stage names; each reads only its own settings. */
const providerOf = (name: typeof config.NOTIFICATION_PROVIDER): NotificationProvider =>
  name === 'ses'
    ? createSesProvider({ from: loadSettings(['SES_FROM_ADDRESS']).SES_FROM_ADDRESS })
    : createMailboxProvider({ directory: loadSettings(['MAILBOX_DIR']).MAILBOX_DIR });

export const handler = createNotifyCustomerReceiver(
  createCustomerNotifier({
    notifications: createNotificationsTable({ tableName: config.NOTIFICATIONS_TABLE }),
    provider: providerOf(config.NOTIFICATION_PROVIDER),
    recipients: addressByTemplate(config.CUSTOMER_ADDRESS_TEMPLATE),
    outcomes: createEventBridgePublisher({ eventBusName: config.EVENT_BUS_NAME }),
  }),
);
