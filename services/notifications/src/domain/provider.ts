/** A message as a delivery provider takes it. */
export interface OutgoingMessage {
  /** Also the provider's idempotency key where it has one; the local mailbox keeps one file per id. */
  notificationId: string;
  orderId: string;
  customerId: string;
  template: string;
  to: string;
  subject: string;
  text: string;
}

/**
 * What notifications needs from an email provider: SES in deployed stages (src/provider/ses.ts),
 * a mailbox folder locally (src/provider/mailbox.ts). A failure throws; the receiver's queue retries.
 */
export interface NotificationProvider {
  send(message: OutgoingMessage): Promise<{ providerMessageId: string }>;
}

/**
 * Where a customer is reached. No service of this system owns customers' contact details (events
 * carry only the customer id): this interface is where a customer-profile source plugs in.
 */
export interface RecipientDirectory {
  emailOf(customerId: string): Promise<string>;
}

/**
 * Addresses every customer by a template with `{customerId}` in it: a stand-in until a profile
 * source exists. Deployed stages default to SES's mailbox simulator
 * (`success+{customerId}@simulator.amazonses.com`), which accepts and discards, so no real person
 * is ever written to by a test order.
 * https://docs.aws.amazon.com/ses/latest/dg/send-an-email-from-console.html#send-email-simulator
 */
export const addressByTemplate = (template: string): RecipientDirectory => {
  if (!template.includes('{customerId}')) {
    throw new Error(`The customer address template must contain {customerId}, got "${template}"`);
  }
  return { emailOf: async (customerId) => template.replaceAll('{customerId}', customerId) };
};
