import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import type { OutgoingMessage } from '../../src/domain/provider.js';
import { createMailboxProvider } from '../../src/provider/mailbox.js';
import { createSesProvider } from '../../src/provider/ses.js';

const message: OutgoingMessage = {
  notificationId: '3f6e1a2b-4c5d-8e7f-9a0b-1c2d3e4f5a6b',
  orderId: '5d1c7b9e-3f2a-4b8c-9d0e-1f2a3b4c5d6e',
  customerId: '8d7e6f5a-4b3c-4d2e-9f1a-0b1c2d3e4f5a',
  template: 'order-confirmed',
  to: 'success+8d7e6f5a@simulator.amazonses.com',
  subject: 'Your order 5D1C7B9E is confirmed',
  text: 'Thank you.',
};

describe('the SES provider', () => {
  const ses = mockClient(SESv2Client);
  afterEach(() => ses.reset());

  it('sends plain text from the stage identity, tagged with the notification id for bounces', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'ses-1' });

    const sent = await createSesProvider({ from: 'orders@commerce.example.com', client: new SESv2Client({}) }).send(
      message,
    );

    expect(sent).toEqual({ providerMessageId: 'ses-1' });
    expect(ses.commandCalls(SendEmailCommand)[0]?.args[0].input).toMatchObject({
      FromEmailAddress: 'orders@commerce.example.com',
      Destination: { ToAddresses: [message.to] },
      EmailTags: expect.arrayContaining([{ Name: 'notificationId', Value: message.notificationId }]),
      Content: { Simple: { Subject: { Data: message.subject }, Body: { Text: { Data: message.text } } } },
    });
  });

  it('fails, for the queue to retry, when SES refuses or answers without a message id, never quoting the address', async () => {
    const provider = createSesProvider({ from: 'orders@commerce.example.com', client: new SESv2Client({}) });
    const refusal = Object.assign(new Error(`Address blacklisted: ${message.to}`), { name: 'MessageRejected' });
    ses.on(SendEmailCommand).rejectsOnce(refusal).resolves({});

    const failure = await provider.send(message).catch((error: Error) => error);
    expect(failure).toMatchObject({ message: 'SES SendEmail failed: MessageRejected', code: 'DEPENDENCY_UNAVAILABLE' });
    expect(JSON.stringify(failure, Object.getOwnPropertyNames(failure))).not.toContain(message.to);
    await expect(provider.send(message)).rejects.toThrow('without a MessageId');
  });
});

describe('the local mailbox', () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'mailbox-'));
  });
  afterEach(() => rm(directory, { recursive: true, force: true }));

  it('keeps every message sent as one readable JSON file, so a second send shows as a second file', async () => {
    const mailbox = createMailboxProvider({ directory });

    const first = await mailbox.send(message);
    const again = await mailbox.send(message);

    const files = (await readdir(directory)).sort();
    expect(again.providerMessageId).not.toBe(first.providerMessageId);
    expect(files).toHaveLength(2);
    expect(files.every((file) => file.startsWith(`${message.notificationId}.`) && file.endsWith('.json'))).toBe(true);
    expect(JSON.parse(await readFile(join(directory, files[0]!), 'utf8'))).toEqual({
      ...message,
      sentAt: expect.any(String),
    });
  });
});
