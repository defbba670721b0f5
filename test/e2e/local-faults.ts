import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The faults the local stage lets a test play, through files of one run's own folder whose paths
 * `sls package` reads from the environment: notifications' local "email" (a folder of JSON files)
 * and payments' provider outage switch (services/payments/README.md). Set before the system starts.
 */
export const localFaults = (folder: string) => {
  const mailbox = join(folder, 'mailbox');
  const providerDown = join(folder, 'payment-provider-down');
  process.env['NOTIFICATIONS_MAILBOX_DIR'] = mailbox;
  process.env['PAYMENTS_SIMULATOR_OUTAGE_FILE'] = providerDown;
  mkdirSync(mailbox, { recursive: true });
  return {
    mailboxDir: mailbox,
    /** The payment provider (payments' simulator) answers every charge as unreachable until `up()`. */
    paymentProvider: {
      down: () => writeFileSync(providerDown, ''),
      up: () => rmSync(providerDown, { force: true }),
    },
    /**
     * The mailbox refuses every message until `repair()`: a file takes the folder's place (kept
     * aside meanwhile), so sending fails even for root, whom file modes would not stop.
     */
    mailbox: {
      break: () => {
        renameSync(mailbox, `${mailbox}.aside`);
        writeFileSync(mailbox, 'not a folder');
      },
      repair: () => {
        rmSync(mailbox, { force: true });
        renameSync(`${mailbox}.aside`, mailbox);
      },
    },
  };
};
