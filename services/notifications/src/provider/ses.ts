import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { DependencyError } from '@commerce/shared-core';
import type { NotificationProvider, OutgoingMessage } from '../domain/provider.js';

export interface SesProviderOptions {
  /** A verified SES identity (address or domain) the messages are sent from. */
  from: string;
  /** An SES configuration set (bounces, complaints, delivery events), if the stage has one. */
  configurationSet?: string;
  /** Made on first use otherwise, with the endpoint from AWS_ENDPOINT_URL_SESV2 / AWS_ENDPOINT_URL. */
  client?: Pick<SESv2Client, 'send'>;
}

let sharedClient: SESv2Client | undefined;

/**
 * Email through Amazon SES (v2 SendEmail), plain text. The notification id travels as an email tag
 * and header, so a bounce or complaint can be traced to the order.
 * https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_SendEmail.html
 */
export const createSesProvider = (options: SesProviderOptions): NotificationProvider => {
  const client = () => options.client ?? (sharedClient ??= new SESv2Client({}));
  return {
    async send(message) {
      const { MessageId } = await sendEmail(message);
      if (!MessageId) throw new Error('SES accepted the message without a MessageId');
      return { providerMessageId: MessageId };
    },
  };

  async function sendEmail(message: OutgoingMessage) {
    try {
      return await client().send(
        new SendEmailCommand({
          FromEmailAddress: options.from,
          Destination: { ToAddresses: [message.to] },
          ConfigurationSetName: options.configurationSet,
          EmailTags: [
            { Name: 'template', Value: message.template },
            { Name: 'notificationId', Value: message.notificationId },
          ],
          Content: {
            Simple: {
              Subject: { Data: message.subject, Charset: 'UTF-8' },
              Body: { Text: { Data: message.text, Charset: 'UTF-8' } },
              Headers: [{ Name: 'X-Commerce-Notification-Id', Value: message.notificationId }],
            },
          },
        }),
      );
    } catch (error) {
      // SES's messages may quote the recipient's address; only the error's name reaches the logs.
      throw new DependencyError(`SES SendEmail failed: ${(error as Error).name}`);
    }
  }
};
