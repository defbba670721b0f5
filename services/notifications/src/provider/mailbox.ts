import { randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { NotificationProvider } from '../domain/provider.js';

/**
 * The local stage's "email": each message sent is one JSON file `<notificationId>.<sent>.json` in a
 * folder, a store a person (or a test) can read, and one file per send, so a message sent twice
 * shows as two files, as two emails would. Written to a temporary name and renamed, so a reader
 * never sees half a message.
 *
 * @example
 * createMailboxProvider({ directory: '.mailbox' }); // services/notifications/.mailbox/<id>.<sent>.json
 */
export const createMailboxProvider = ({ directory }: { directory: string }): NotificationProvider => {
  const folder = resolve(directory);
  return {
    async send(message) {
      await mkdir(folder, { recursive: true });
      const sentAt = new Date().toISOString();
      const sendId = `${Date.parse(sentAt)}-${randomUUID().slice(0, 8)}`;
      const file = join(folder, `${message.notificationId}.${sendId}.json`);
      const partial = `${file}.tmp`;
      await writeFile(partial, `${JSON.stringify({ ...message, sentAt }, null, 2)}\n`);
      await rename(partial, file);
      return { providerMessageId: `mailbox:${message.notificationId}.${sendId}` };
    },
  };
};
