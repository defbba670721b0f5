import { acceptsConnections } from '../lambda/function-endpoint.js';

/** Whether something accepts TCP connections on 127.0.0.1:port right now. */
export const isListening = (port: number): Promise<boolean> => acceptsConnections({ host: '127.0.0.1', port });

/**
 * Resolves once every port accepts connections; rejects after `timeoutMs`, or as soon as
 * `failed()` returns a reason (the process serving them exited), so a crash is reported at once.
 */
export const waitForPorts = async (
  ports: readonly number[],
  { timeoutMs, failed }: { timeoutMs: number; failed: () => string | undefined },
): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reason = failed();
    if (reason) throw new Error(reason);
    const states = await Promise.all(ports.map((port) => isListening(port)));
    if (states.every(Boolean)) return;
    if (Date.now() > deadline)
      throw new Error(`ports ${ports.join(', ')} were not all listening after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};
