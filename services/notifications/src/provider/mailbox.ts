import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { NotificationProvider } from '../domain/provider.js';

/**
 * The local stage's "email": each message a JSON file `<notificationId>.json` in a folder, a store
 * a person (or a test) can read. Written to a temporary name and renamed, so a reader never sees
 * half a message; the same notification id always lands in the same file, so a resend replaces it.
 *
 * @example
 * createMailboxProvider({ directory: '.mailbox' }); // services/notifications/.mailbox/<id>.json
 */
export const createMailboxProvider = ({ directory }: { directory: string }): NotificationProvider => {
  const folder = resolve(directory);
  return {
    async send(message) {
      await mkdir(folder, { recursive: true });
      const sentAt = new Date().toISOString();
      const file = join(folder, `${message.notificationId}.json`);
      const partial = `${file}.${process.pid}.tmp`;
      await writeFile(partial, `${JSON.stringify({ ...message, sentAt }, null, 2)}\n`);
      await rename(partial, file);
      return { providerMessageId: `mailbox:${message.notificationId}` };
    },
  };
};
