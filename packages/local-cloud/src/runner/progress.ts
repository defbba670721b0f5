/** What the runner tells the person who started it; tests pass a quiet or recording one. */
export interface Progress {
  step(message: string): void;
  done(message: string): void;
  serviceOutput(service: string, line: string): void;
}

const elapsed = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Progress on the terminal: steps with their duration, service logs prefixed with the service. */
export const terminalProgress = ({ showServiceOutput }: { showServiceOutput: boolean }): Progress => {
  const started = Date.now();
  return {
    step: (message) => process.stdout.write(`  … ${message}\n`),
    done: (message) => process.stdout.write(`  ✔ ${message} (${elapsed(started)})\n`),
    serviceOutput: (service, line) => {
      if (showServiceOutput) process.stdout.write(`  [${service}] ${line}\n`);
    },
  };
};

export const silentProgress: Progress = { step: () => {}, done: () => {}, serviceOutput: () => {} };
