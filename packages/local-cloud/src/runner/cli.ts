/**
 * `pnpm dev`: the whole system on this machine. Starts the local cloud, packages every service,
 * creates what their templates declare, runs each `sls offline` on its documented port and stops
 * everything on Ctrl-C.
 *
 *   pnpm dev [--only orders,inventory] [--stage local] [--quiet]
 *
 * While it runs, `restart <service>` on stdin restarts one service's `sls offline`.
 *
 * Ports: the local cloud on 4566 (LOCAL_CLOUD_PORT), services on 3001-3006 (COMMERCE_PORT_<SERVICE>).
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { terminalProgress } from './progress.js';
import { startSystem } from './start-system.js';

// Lambda runs the services on nodejs22.x; only this machine's Node 20 triggers the SDK's
// "upgrade your Node" warning, which would bury the runner's output (children inherit this).
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    stage: { type: 'string', default: 'local' },
    quiet: { type: 'boolean', default: false },
  },
});

const edgePort = Number(process.env['LOCAL_CLOUD_PORT'] ?? 4566);
const progress = terminalProgress({ showServiceOutput: !values.quiet });

// Ctrl-C while starting (packaging takes a while): exit at once; the exit hook of
// process-group.ts kills every child started so far, so no port stays held.
const abortStart = () => process.exit(130);
process.once('SIGINT', abortStart);
process.once('SIGTERM', abortStart);

try {
  const system = await startSystem({
    root: process.cwd(),
    stage: values.stage,
    only: values.only?.split(',').map((name) => name.trim()),
    edgePort,
    progress,
  });
  process.stdout.write(`\n${system.summary()}\n\nType "restart <service>" to restart one; Ctrl-C stops everything.\n`);
  // Restarting one service (after editing its serverless.yml, say) leaves the others and the
  // local cloud's state alone; its queues hold what arrives meanwhile.
  createInterface({ input: process.stdin }).on('line', (line) => {
    const [command, name] = line.trim().split(/\s+/);
    if (command !== 'restart' || !name) return;
    void system
      .stopService(name)
      .then(() => system.startService(name))
      .catch((error: unknown) => process.stderr.write(`✖ ${error instanceof Error ? error.message : String(error)}\n`));
  });
  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(130); // A second Ctrl-C does not wait.
    stopping = true;
    process.stdout.write('\n  … stopping\n');
    void system.stop().then(() => process.exit(0));
  };
  process.off('SIGINT', abortStart);
  process.off('SIGTERM', abortStart);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  process.stderr.write(`\n✖ ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
